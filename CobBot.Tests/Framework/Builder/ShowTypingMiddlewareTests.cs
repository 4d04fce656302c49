using System.Text.Json.Nodes;
using CobBot.Framework.Schema;
using CobBot.Tests.Framework.Hosting;

namespace CobBot.Tests.Framework.Builder;

public sealed class ShowTypingMiddlewareTests
{
    private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private Task<BotTestHost> StartBlockingBotAsync() => BotTestHost.StartAsync(_ => new DelegateBot(async (turnContext, ct) =>
    {
        _entered.TrySetResult();
        await _release.Task;
        await turnContext.SendActivityAsync("done", cancellationToken: ct);
    }));

    [Fact]
    public async Task Slow_message_turn_shows_typing_after_the_delay_and_repeats_until_it_ends()
    {
        await using var host = await StartBlockingBotAsync();
        var turn = host.PostAsync(TestActivities.Message("hi"));
        await _entered.Task.WaitAsync(TimeSpan.FromSeconds(30));

        host.Time.Advance(TimeSpan.FromMilliseconds(499));
        Assert.Empty(host.Connector.Calls);
        host.Time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(ActivityTypes.Typing, (await host.Connector.NextCallAsync()).Activity!.Type);
        host.Time.Advance(TimeSpan.FromSeconds(2));
        var second = (await host.Connector.NextCallAsync()).Activity!;
        Assert.Equal(ActivityTypes.Typing, second.Type);
        Assert.Equal(TestActivities.ConversationId, second.Conversation?.Id);

        _release.SetResult();
        await turn;
        host.Time.Advance(TimeSpan.FromSeconds(10));

        Assert.Equal([ActivityTypes.Typing, ActivityTypes.Typing, ActivityTypes.Message], host.Connector.Calls.Select(c => c.Activity!.Type));
    }

    public static TheoryData<Activity> TurnsWithoutTyping => new()
    {
        TestActivities.Of(ActivityTypes.Message, configure: a => (a.Text, a.DeliveryMode) = ("hi", DeliveryModes.ExpectReplies)),
        TestActivities.Of(ActivityTypes.ConversationUpdate, configure: a => a.MembersAdded = [new ChannelAccount(TestActivities.UserId)]),
    };

    [Theory]
    [MemberData(nameof(TurnsWithoutTyping))]
    public async Task No_typing_for_expectReplies_or_non_message_turns(Activity inbound)
    {
        await using var host = await StartBlockingBotAsync();
        var turn = host.PostAsync(inbound);
        await _entered.Task.WaitAsync(TimeSpan.FromSeconds(30));

        for (var i = 0; i < 4; i++) host.Time.Advance(TimeSpan.FromSeconds(1));
        _release.SetResult();
        var response = await turn;

        var sent = inbound.DeliveryMode == DeliveryModes.ExpectReplies
            ? JsonNode.Parse(await response.Content.ReadAsStringAsync())!["activities"]!.AsArray().Select(a => a!["type"]!.GetValue<string>())
            : host.Connector.Calls.Select(c => c.Activity!.Type!);
        Assert.Equal([ActivityTypes.Message], sent);
    }
}
