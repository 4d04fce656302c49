using CobBot.Framework.Connector;

namespace CobBot.Tests.Framework.Connector;

/// <summary>Retries run on fake time: the test advances the clock only once the expected delay is scheduled.</summary>
public sealed class ConnectorRetryTests
{
    [Fact]
    public async Task TooManyRequestsIsRetriedAfterRetryAfter()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        harness.Server.Handler = (request, context) => request.Index == 0
            ? RecordingServer.ReplyAsync(context, 429, """{"error":{"code":"Throttled","message":"Slow down."}}""", ("Retry-After", "2"))
            : RecordingServer.ReplyAsync(context, 201, """{"id":"7"}""");

        var call = harness.Client.SendToConversationAsync(harness.Reply());
        await harness.Time.WaitForTimerAsync(dueTime => dueTime == TimeSpan.FromSeconds(2));
        harness.Time.Advance(TimeSpan.FromSeconds(2) - TimeSpan.FromMilliseconds(1));

        Assert.Single(harness.Server.Requests);
        Assert.False(call.IsCompleted);
        harness.Time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal("7", (await call).Id);
        Assert.Equal(2, harness.Server.Requests.Count);
        Assert.Equal(harness.Server.Requests[0].Body, harness.Server.Requests[1].Body);
    }

    [Theory]
    [InlineData(412)]
    [InlineData(429)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task TransientStatusesAreRetriedWithBoundedJitteredBackoff(int status)
    {
        await using var harness = await ConnectorHarness.StartAsync();
        harness.Server.Handler = (request, context) => request.Index < 2
            ? RecordingServer.ReplyAsync(context, status)
            : RecordingServer.ReplyAsync(context, 201, """{"id":"3"}""");

        var call = harness.Client.ReplyToActivityAsync(harness.Reply());
        var delays = await harness.Time.AdvanceThroughRetriesAsync(call);

        Assert.Equal("3", (await call).Id);
        Assert.Equal(3, harness.Server.Requests.Count);
        Assert.Equal(2, delays.Count);
        Assert.All(delays, delay => Assert.InRange(delay, TimeSpan.FromMilliseconds(1), TimeSpan.FromSeconds(8)));
    }

    [Fact]
    public async Task RetriesStopAfterThreeAndTheLastErrorSurfaces()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        harness.Server.Handler = (_, context) => RecordingServer.ReplyAsync(context, 503, """{"error":{"code":"ServiceError","message":"Unavailable."}}""");

        var call = harness.Client.SendToConversationAsync(harness.Reply());
        var delays = await harness.Time.AdvanceThroughRetriesAsync(call);

        var error = await Assert.ThrowsAsync<ConnectorException>(() => call);
        Assert.Equal(503, error.StatusCode);
        Assert.Equal(4, harness.Server.Requests.Count);
        Assert.Equal(3, delays.Count);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(403)]
    [InlineData(404)]
    [InlineData(413)]
    [InlineData(500)]
    public async Task OtherErrorsAreNotRetried(int status)
    {
        await using var harness = await ConnectorHarness.StartAsync();
        harness.Server.Handler = (_, context) => RecordingServer.ReplyAsync(context, status, """{"error":{"code":"BadArgument","message":"No."}}""");

        var error = await Assert.ThrowsAsync<ConnectorException>(() => harness.Client.SendToConversationAsync(harness.Reply()));

        Assert.Equal(status, error.StatusCode);
        Assert.Single(harness.Server.Requests);
    }

    [Fact]
    public async Task RetryAfterBeyondTheTimeBudgetFailsAtOnce()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        harness.Server.Handler = (_, context) => RecordingServer.ReplyAsync(context, 429, """{"error":{"code":"Throttled","message":"Later."}}""", ("Retry-After", "120"));

        var error = await Assert.ThrowsAsync<ConnectorException>(() => harness.Client.SendToConversationAsync(harness.Reply()));

        Assert.Equal((429, "Throttled"), (error.StatusCode, error.ErrorCode));
        Assert.Single(harness.Server.Requests);
    }
}
