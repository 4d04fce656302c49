using CobBot.Framework.Builder;
using CobBot.Framework.Schema;

namespace CobBot.Tests.Framework.Hosting;

public sealed class ReplyRoutingTests
{
    private sealed class WelcomeBot : ActivityHandler
    {
        protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext turnContext, CancellationToken cancellationToken)
        {
            if (membersAdded.Any(m => m.Id == turnContext.Activity.Recipient?.Id))
                await turnContext.SendActivityAsync("welcome", cancellationToken: cancellationToken);
        }

        protected override async Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        {
            await turnContext.SendActivityAsync(turnContext.Activity.CreateTrace("debug-info"), cancellationToken);
            await turnContext.SendActivityAsync("answer", cancellationToken: cancellationToken);
        }
    }

    [Theory]
    [InlineData(Channels.Emulator, new[] { "trace", "message" })]
    [InlineData(Channels.Msteams, new[] { "message" })]
    [InlineData(Channels.Directline, new[] { "message" })]
    public async Task Trace_is_delivered_only_to_the_emulator(string channelId, string[] expectedTypes)
    {
        await using var host = await BotTestHost.StartAsync<WelcomeBot>();

        await host.PostAsync(TestActivities.Message("hi", channelId: channelId));

        Assert.Equal(expectedTypes, host.Connector.Calls.Select(c => c.Activity!.Type));
    }

    [Theory]
    [InlineData(Channels.Directline, "SendToConversationAsync", null)]
    [InlineData(Channels.Webchat, "SendToConversationAsync", null)]
    [InlineData(Channels.Msteams, "ReplyToActivityAsync", "cu-1")]
    public async Task Welcome_on_conversationUpdate_replies_to_it_except_on_direct_line(string channelId, string operation, string? replyToId)
    {
        await using var host = await BotTestHost.StartAsync<WelcomeBot>();
        var update = TestActivities.Of(ActivityTypes.ConversationUpdate, "cu-1", channelId, a =>
            a.MembersAdded = [new ChannelAccount(TestActivities.BotId), new ChannelAccount(TestActivities.UserId)]);

        await host.PostAsync(update);

        var call = Assert.Single(host.Connector.Calls);
        Assert.Equal(operation, call.Operation);
        Assert.Equal("welcome", call.Activity!.Text);
        Assert.Equal(replyToId, call.Activity.ReplyToId);
    }
}
