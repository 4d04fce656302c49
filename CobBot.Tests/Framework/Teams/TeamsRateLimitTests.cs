using CobBot.Framework.Connector;
using CobBot.Framework.Schema;
using CobBot.Framework.Teams;
using CobBot.Tests.Framework.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CobBot.Tests.Framework.Teams;

/// <summary>The per-conversation Teams send budget, driven by fake time.</summary>
public sealed class TeamsRateLimitTests
{
    private readonly FakeTimeProvider _time = new();
    private readonly RecordingConnectorClient _inner = new();

    [Fact]
    public async Task A_burst_to_one_teams_conversation_sends_seven_per_second()
    {
        using var limiter = Limiter(queueLimit: 100);
        var client = new TeamsRateLimitedConnectorClient(_inner, limiter);

        var sends = Enumerable.Range(1, 10).Select(i => client.SendToConversationAsync(Teams("a:1", $"m{i}"))).ToList();

        Assert.Equal(7, _inner.Calls.Count);
        Assert.All(sends.Skip(7), s => Assert.False(s.IsCompleted));
        _time.Advance(TimeSpan.FromSeconds(1));
        await Task.WhenAll(sends);
        Assert.Equal(10, _inner.Calls.Count);
        Assert.Equal(Enumerable.Range(1, 7).Select(i => $"m{i}"), _inner.Calls.Take(7).Select(c => c.Activity!.Text!));
    }

    [Fact]
    public async Task Conversations_have_separate_budgets_and_other_channels_are_not_limited()
    {
        using var limiter = Limiter(queueLimit: 100);
        var client = new TeamsRateLimitedConnectorClient(_inner, limiter);

        for (var i = 0; i < 7; i++) await client.SendToConversationAsync(Teams("a:1", "x"));
        await client.ReplyToActivityAsync(Teams("a:2", "other thread"));
        for (var i = 0; i < 20; i++) await client.SendToConversationAsync(new Activity { Type = "message", ChannelId = Channels.Directline, Conversation = new("d") });
        var waiting = client.UpdateActivityAsync(Teams("a:1", "eighth"));

        Assert.Equal(28, _inner.Calls.Count);
        Assert.False(waiting.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(1));
        await waiting;
    }

    [Fact]
    public async Task A_full_queue_fails_as_throttled_and_idle_conversations_are_forgotten()
    {
        using var limiter = Limiter(queueLimit: 1);
        var client = new TeamsRateLimitedConnectorClient(_inner, limiter);
        for (var i = 0; i < 7; i++) await client.SendToConversationAsync(Teams("a:1", "x"));
        var queued = client.SendToConversationAsync(Teams("a:1", "queued"));

        var error = await Assert.ThrowsAsync<ConnectorException>(() => client.SendToConversationAsync(Teams("a:1", "rejected")));

        Assert.Equal(429, error.StatusCode);
        _time.Advance(TimeSpan.FromSeconds(1));
        await queued;
        Assert.Equal(1, limiter.ActiveConversations);
        _time.Advance(TimeSpan.FromSeconds(1)); // the queued send used the last window
        Assert.Equal(1, limiter.ActiveConversations);
        _time.Advance(TimeSpan.FromSeconds(1)); // a whole window without sends
        Assert.Equal(0, limiter.ActiveConversations);
    }

    private ConversationRateLimiter Limiter(int queueLimit) =>
        new(Options.Create(new TeamsRateLimitOptions { QueueLimit = queueLimit }), _time);

    private static Activity Teams(string conversationId, string text) => new()
    {
        Type = "message", ChannelId = Channels.Msteams, Conversation = new(conversationId), Text = text, Id = "1", ReplyToId = "1",
        ServiceUrl = "https://smba.trafficmanager.net/amer/",
    };
}
