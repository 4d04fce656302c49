using System.Net;
using CobBot.Framework.Builder;
using CobBot.Framework.Hosting;
using CobBot.Framework.Schema;
using CobBot.Framework.State;
using Microsoft.Extensions.DependencyInjection;

namespace CobBot.Tests.Framework.Hosting;

public sealed class TurnTransactionTests
{
    private const string ConversationKey = $"{Channels.Test}/{TestActivities.ConversationId}";

    [Fact]
    public async Task Twenty_simultaneous_messages_are_all_counted_and_each_answered_once()
    {
        await using var host = await BotTestHost.StartAsync<CounterBot>();
        var ids = Enumerable.Range(1, 20).Select(i => $"m-{i}").ToArray();

        var responses = await Task.WhenAll(ids.Select(id => host.PostAsync(TestActivities.Message("hi", id))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(20, (await host.ConversationStateAsync())!["counter"]!.GetValue<int>());
        var replies = host.Connector.Messages;
        Assert.Equal(ids.Order(), replies.Select(r => r.ReplyToId).Order());
        Assert.Equal(Enumerable.Range(1, 20).Select(i => $"count {i}"), replies.Select(r => r.Text));
        Assert.Equal(20, host.Bot<CounterBot>().Runs);
        Assert.Equal(20, host.Storage.Writes);
        Assert.Equal(0, host.Adapter.ConversationLocks.Count);
    }

    [Fact]
    public async Task Redelivered_activity_is_answered_once()
    {
        await using var host = await BotTestHost.StartAsync<CounterBot>();

        var responses = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => host.PostAsync(TestActivities.Message("hi", "m-1"))));
        var later = await host.PostAsync(TestActivities.Message("hi", "m-1"));

        Assert.All(responses.Append(later), r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal("count 1", Assert.Single(host.Connector.Messages).Text);
        Assert.Equal(1, host.Bot<CounterBot>().Runs);
    }

    [Fact]
    public async Task Replies_the_channel_refused_are_kept_and_sent_on_its_retry_without_running_the_turn_again()
    {
        await using var host = await BotTestHost.StartAsync<CounterBot>();
        host.Connector.Failure = new HttpRequestException("channel unreachable");

        var failed = await host.PostAsync(TestActivities.Message("hi", "m-1"));
        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        Assert.NotNull((await host.ConversationStateAsync())!["undeliveredOperations"]);
        host.Connector.Failure = null;
        var retried = await host.PostAsync(TestActivities.Message("hi", "m-1"));

        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        Assert.Equal(1, host.Bot<CounterBot>().Runs);
        Assert.Equal(["count 1", "count 1"], host.Connector.Messages.Select(m => m.Text)); // refused, then delivered
        Assert.Equal("m-1", host.Connector.Messages[^1].ReplyToId);
        Assert.Null((await host.ConversationStateAsync())!["undeliveredOperations"]);
    }

    [Fact]
    public async Task Kept_replies_go_out_before_the_next_activity_s_and_only_the_ones_not_delivered()
    {
        await using var host = await BotTestHost.StartAsync(_ => new DelegateBot(async (turn, ct) =>
        {
            if (turn.Activity.Type != ActivityTypes.Message) return;
            await turn.SendActivityAsync($"{turn.Activity.Text}: first", cancellationToken: ct);
            await turn.SendActivityAsync($"{turn.Activity.Text}: second", cancellationToken: ct);
        }));
        host.Connector.Failure = new HttpRequestException("channel unreachable");
        host.Connector.FailsOn = call => call.Activity?.Text == "a: second";

        Assert.Equal(HttpStatusCode.InternalServerError, (await host.PostAsync(TestActivities.Message("a", "m-1"))).StatusCode);
        host.Connector.FailsOn = _ => false;
        Assert.Equal(HttpStatusCode.OK, (await host.PostAsync(TestActivities.Message("b", "m-2"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.PostAsync(TestActivities.Message("a", "m-1"))).StatusCode); // the retry, late

        // "a: first" went out; "a: second" was refused, then sent before b's replies; the late retry sends nothing.
        Assert.Equal(["a: first", "a: second", "a: second", "b: first", "b: second"], host.Connector.Messages.Select(m => m.Text));
    }

    [Fact]
    public async Task Recent_activity_ids_are_bounded()
    {
        await using var host = await BotTestHost.StartAsync<CounterBot>(s => s.Configure<CloudAdapterOptions>(o => o.RecentActivityIdCapacity = 2));

        foreach (var id in new[] { "m-1", "m-2", "m-3", "m-1" })
            await host.PostAsync(TestActivities.Message("hi", id));

        Assert.Equal(4, host.Bot<CounterBot>().Runs);
        var recent = (await host.ConversationStateAsync())!["recentActivityIds"]!.AsArray().Select(n => n!.GetValue<string>());
        Assert.Equal(["m-3", "m-1"], recent);
    }

    [Fact]
    public async Task Conflicting_writer_makes_the_turn_rerun_on_fresh_state_and_only_the_last_attempt_replies()
    {
        await using var host = await BotTestHost.StartAsync<CounterBot>();
        var interfered = 0;
        host.Storage.BeforeWrite = async _ =>
        {
            if (Interlocked.Exchange(ref interfered, 1) == 0) await AddToCounterAsOtherInstanceAsync(host, 100);
        };

        var response = await host.PostAsync(TestActivities.Message("hi", "m-1"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, host.Bot<CounterBot>().Runs);
        Assert.Equal("count 101", Assert.Single(host.Connector.Calls).Activity!.Text);
        Assert.Equal(101, (await host.ConversationStateAsync())!["counter"]!.GetValue<int>());
    }

    [Fact]
    public async Task Retries_are_bounded_and_a_turn_that_never_saves_sends_nothing()
    {
        await using var host = await BotTestHost.StartAsync<CounterBot>();
        host.Storage.BeforeWrite = _ => AddToCounterAsOtherInstanceAsync(host, 100);

        var response = await host.PostAsync(TestActivities.Message("hi", "m-1"));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal(new CloudAdapterOptions().MaxTurnAttempts, host.Bot<CounterBot>().Runs);
        Assert.Empty(host.Connector.Calls);
        Assert.Equal(0, host.Adapter.ConversationLocks.Count);
    }

    [Fact]
    public async Task Replies_are_held_until_the_save_succeeds_but_typing_goes_out_at_once()
    {
        await using var host = await BotTestHost.StartAsync<CounterBot>();
        host.Bot<CounterBot>().DuringTurn = (turnContext, _) => turnContext.SendActivityAsync(new Activity { Type = ActivityTypes.Typing });
        host.Storage.BeforeWrite = _ => throw new IOException("storage offline");

        var response = await host.PostAsync(TestActivities.Message("hi", "m-1"));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal([ActivityTypes.Typing], host.Connector.Calls.Select(c => c.Activity!.Type));
    }

    [Fact]
    public async Task Proactive_turn_waits_for_the_running_turn_then_saves_state_and_sends_through_the_connector()
    {
        await using var host = await BotTestHost.StartAsync<CounterBot>();
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        host.Bot<CounterBot>().DuringTurn = async (_, _) =>
        {
            entered.TrySetResult();
            await release.Task;
        };
        var counter = host.Services.GetRequiredService<ConversationState>().CreateProperty<int>("counter");
        var reference = TestActivities.Message("hi", "m-1").GetConversationReference();
        reference.ActivityId = null;
        int? seenByProactive = null;

        var turn = host.PostAsync(TestActivities.Message("hi", "m-1"));
        await entered.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var proactive = host.Adapter.ContinueConversationAsync(reference, async (turnContext, ct) =>
        {
            seenByProactive = await counter.GetAsync(turnContext, () => 0, ct);
            await counter.SetAsync(turnContext, seenByProactive.Value + 10, ct);
            await turnContext.SendActivityAsync("reminder", cancellationToken: ct);
        });
        Assert.True(SpinWait.SpinUntil(() => host.Adapter.ConversationLocks.UsersOf(ConversationKey) == 2, TimeSpan.FromSeconds(30)));
        Assert.Null(seenByProactive);
        release.SetResult();
        await turn;
        await proactive;

        Assert.Equal(1, seenByProactive);
        Assert.Equal(11, (await host.ConversationStateAsync())!["counter"]!.GetValue<int>());
        Assert.Equal(
            [("ReplyToActivityAsync", "count 1"), ("SendToConversationAsync", "reminder")],
            host.Connector.Calls.Select(c => (c.Operation, c.Activity!.Text)));
    }

    /// <summary>Another bot instance handling the same conversation: its own ConversationState writes the key.</summary>
    private static async Task AddToCounterAsOtherInstanceAsync(BotTestHost host, int amount)
    {
        var otherInstance = new ConversationState(host.Storage.Inner);
        var turnContext = new TurnContext(host.Adapter, TestActivities.Message("elsewhere", "other-1"));
        var counter = otherInstance.CreateProperty<int>("counter");
        await counter.SetAsync(turnContext, await counter.GetAsync(turnContext, () => 0) + amount);
        await otherInstance.SaveChangesAsync(turnContext);
    }
}
