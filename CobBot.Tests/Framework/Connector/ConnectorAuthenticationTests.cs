using CobBot.Framework.Connector;

namespace CobBot.Tests.Framework.Connector;

public sealed class ConnectorAuthenticationTests
{
    [Fact]
    public async Task WithoutAppIdNoAuthorizationHeaderIsSentAndNoTokenRequested()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        harness.AnswerTokensAndConnector();

        await harness.Client.SendToConversationAsync(harness.Reply());

        var request = Assert.Single(harness.Server.Requests);
        Assert.False(request.Headers.ContainsKey("Authorization"));
        Assert.Null(await harness.Tokens.GetTokenAsync());
    }

    [Fact]
    public async Task CallsCarryTheCachedBearerToken()
    {
        await using var harness = await ConnectorHarness.StartAsync(ConnectorHarness.AppId);
        harness.AnswerTokensAndConnector();

        await harness.Client.SendToConversationAsync(harness.Reply());
        await harness.Client.ReplyToActivityAsync(harness.Reply());

        Assert.Single(harness.TokenRequests);
        Assert.All(harness.ConnectorRequests, request => Assert.Equal("Bearer token-1", request.Authorization));
        Assert.Equal(2, harness.ConnectorRequests.Count);
    }

    [Theory]
    [InlineData(401)]
    [InlineData(403)]
    public async Task RejectedTokenIsRefreshedOnceAndTheCallRetriedOnce(int status)
    {
        await using var harness = await ConnectorHarness.StartAsync(ConnectorHarness.AppId);
        harness.AnswerTokensAndConnector((request, context) => request.Authorization == "Bearer token-1"
            ? RecordingServer.ReplyAsync(context, status)
            : RecordingServer.ReplyAsync(context, 201, """{"id":"5"}"""));

        var response = await harness.Client.SendToConversationAsync(harness.Reply());

        Assert.Equal("5", response.Id);
        Assert.Equal(["Bearer token-1", "Bearer token-2"], harness.ConnectorRequests.Select(r => r.Authorization));
        Assert.Equal(2, harness.TokenRequests.Count);
    }

    [Fact]
    public async Task SecondRejectionSurfacesWithoutFurtherRefreshes()
    {
        await using var harness = await ConnectorHarness.StartAsync(ConnectorHarness.AppId);
        harness.AnswerTokensAndConnector((_, context) => RecordingServer.ReplyAsync(context, 401,
            """{"error":{"code":"BotNotRegistered","message":"Unknown bot."}}"""));

        var error = await Assert.ThrowsAsync<ConnectorException>(() => harness.Client.SendToConversationAsync(harness.Reply()));

        Assert.Equal((401, "BotNotRegistered"), (error.StatusCode, error.ErrorCode));
        Assert.Equal(2, harness.ConnectorRequests.Count);
        Assert.Equal(2, harness.TokenRequests.Count);
    }
}
