using System.Text.Json.Nodes;
using CobBot.Framework.Connector;

namespace CobBot.Tests.Framework.Connector;

public sealed class ConnectorClientTests
{
    private const string TeamsThreadId = "19:c8f3a1d2e5b74f6a9d0e1b2c3a4f5d6e@thread.tacv2;messageid=1712345678901";
    private const string EscapedTeamsThreadId = "19%3Ac8f3a1d2e5b74f6a9d0e1b2c3a4f5d6e%40thread.tacv2%3Bmessageid%3D1712345678901";

    [Theory]
    [InlineData("/amer/", "/amer/v3/conversations/a%3A1/activities")]
    [InlineData("/amer", "/amer/v3/conversations/a%3A1/activities")]
    [InlineData("/", "/v3/conversations/a%3A1/activities")]
    [InlineData("", "/v3/conversations/a%3A1/activities")]
    [InlineData("/teams/_connector", "/teams/_connector/v3/conversations/a%3A1/activities")]
    public async Task ServiceUrlIsJoinedWithExactlyOneSlash(string servicePath, string expectedTarget)
    {
        await using var harness = await ConnectorHarness.StartAsync();

        await harness.Client.SendToConversationAsync(harness.Reply("a:1", harness.Server.BaseUrl + servicePath));

        Assert.Equal(expectedTarget, Assert.Single(harness.Server.Requests).RawTarget);
    }

    [Theory]
    [InlineData(TeamsThreadId, EscapedTeamsThreadId)]
    [InlineData("e93c1a4f-72b8-4d05-a6e9-3b1f8c2d7e40|livechat", "e93c1a4f-72b8-4d05-a6e9-3b1f8c2d7e40%7Clivechat")]
    [InlineData("a/b?c#d e", "a%2Fb%3Fc%23d%20e")]
    public async Task PathParametersArePercentEscaped(string conversationId, string escaped)
    {
        await using var harness = await ConnectorHarness.StartAsync();
        var reply = harness.Reply(conversationId);
        reply.ReplyToId = "1:1Rb5n=;@";

        await harness.Client.ReplyToActivityAsync(reply);

        Assert.Equal($"/v3/conversations/{escaped}/activities/1%3A1Rb5n%3D%3B%40", Assert.Single(harness.Server.Requests).RawTarget);
    }

    [Fact]
    public async Task SendToConversationPostsTheActivityWithoutChannelOwnedFields()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        harness.Server.Handler = (_, context) => RecordingServer.ReplyAsync(context, 201, """{"id":"1749571620377"}""");
        var reply = harness.Reply(TeamsThreadId);
        reply.Id = "must-not-be-sent";
        reply.Timestamp = harness.Time.GetUtcNow();

        var response = await harness.Client.SendToConversationAsync(reply);

        Assert.Equal("1749571620377", response.Id);
        var request = Assert.Single(harness.Server.Requests);
        Assert.Equal(("POST", $"/v3/conversations/{EscapedTeamsThreadId}/activities"), (request.Method, request.RawTarget));
        Assert.Equal("application/json; charset=utf-8", request.ContentType);
        var body = JsonNode.Parse(request.Body)!.AsObject();
        Assert.False(body.ContainsKey("id") || body.ContainsKey("timestamp") || body.ContainsKey("serviceUrl"));
        Assert.Equal(reply.Text, (string?)body["text"]);
        Assert.Equal(TeamsThreadId, (string?)body["conversation"]?["id"]);
        Assert.Null(request.Authorization);
    }

    [Fact]
    public async Task ReplyPostsToTheRepliedActivity()
    {
        await using var harness = await ConnectorHarness.StartAsync();

        await harness.Client.ReplyToActivityAsync(harness.Reply("a:1"));

        var request = Assert.Single(harness.Server.Requests);
        Assert.Equal(("POST", "/v3/conversations/a%3A1/activities/1749571512456"), (request.Method, request.RawTarget));
        Assert.Equal("1749571512456", (string?)JsonNode.Parse(request.Body)?["replyToId"]);
    }

    [Fact]
    public async Task UpdatePutsTheCompleteActivityAtItsId()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        var update = harness.Reply("a:1");
        update.Id = "1749571620377";
        update.Text = "Confirmed ✔";

        await harness.Client.UpdateActivityAsync(update);

        var request = Assert.Single(harness.Server.Requests);
        Assert.Equal(("PUT", "/v3/conversations/a%3A1/activities/1749571620377"), (request.Method, request.RawTarget));
        var body = JsonNode.Parse(request.Body)!.AsObject();
        Assert.Equal("Confirmed ✔", (string?)body["text"]);
        Assert.False(body.ContainsKey("id"));
    }

    [Fact]
    public async Task DeleteSendsNoBody()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        harness.Server.Handler = (_, context) => RecordingServer.ReplyAsync(context, 200);

        await harness.Client.DeleteActivityAsync(harness.Server.BaseUrl + "/amer/", TeamsThreadId, "1749571620377");

        var request = Assert.Single(harness.Server.Requests);
        Assert.Equal(("DELETE", $"/amer/v3/conversations/{EscapedTeamsThreadId}/activities/1749571620377"), (request.Method, request.RawTarget));
        Assert.Equal("", request.Body);
    }

    [Theory]
    [InlineData(200)]
    [InlineData(201)]
    [InlineData(202)]
    public async Task SuccessWithEmptyBodyGivesResponseWithoutId(int status)
    {
        await using var harness = await ConnectorHarness.StartAsync();
        harness.Server.Handler = (_, context) => RecordingServer.ReplyAsync(context, status);

        var response = await harness.Client.SendToConversationAsync(harness.Reply());

        Assert.Null(response.Id);
    }

    [Fact]
    public async Task ErrorResponseSurfacesAsConnectorException()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        harness.Server.Handler = (_, context) => RecordingServer.ReplyAsync(context, 403,
            """{"error":{"code":"ConversationBlockedByUser","message":"User blocked the conversation with the bot."}}""",
            ("X-Correlating-OperationId", "b7e1c0d4a2f94f35"));

        var error = await Assert.ThrowsAsync<ConnectorException>(() => harness.Client.ReplyToActivityAsync(harness.Reply()));

        Assert.Equal((403, "ConversationBlockedByUser", "b7e1c0d4a2f94f35", "ReplyToActivity"), (error.StatusCode, error.ErrorCode, error.OperationId, error.Operation));
        Assert.Contains("User blocked the conversation", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LogsTheCorrelationIdButNeverTheActivityText()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        harness.Server.Handler = (_, context) => RecordingServer.ReplyAsync(context, 201, """{"id":"9"}""", ("X-Correlating-OperationId", "4f0c2a9e77d1"));
        var reply = harness.Reply();
        reply.Text = "Member Dana Whitfield, DOB 1984-03-07, ID W123456789";

        await harness.Client.SendToConversationAsync(reply);

        Assert.Contains(harness.Logs.Lines, line => line.Contains("4f0c2a9e77d1", StringComparison.Ordinal));
        Assert.DoesNotContain(harness.Logs.Lines, line => line.Contains("Whitfield", StringComparison.Ordinal) || line.Contains("W123456789", StringComparison.Ordinal));
    }

    [Fact]
    public async Task UnreachableConnectorSurfacesAsConnectorExceptionAfterRetries()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        var unreachable = harness.Server.BaseUrl;
        await harness.Server.DisposeAsync();

        var call = harness.Client.SendToConversationAsync(harness.Reply(serviceUrl: unreachable));
        var delays = await harness.Time.AdvanceThroughRetriesAsync(call);

        var error = await Assert.ThrowsAsync<ConnectorException>(() => call);
        Assert.Null(error.StatusCode);
        Assert.IsType<HttpRequestException>(error.InnerException);
        Assert.Equal(3, delays.Count);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("ftp://example.com/")]
    [InlineData("not a url")]
    public async Task MissingOrInvalidServiceUrlIsRejected(string? serviceUrl)
    {
        await using var harness = await ConnectorHarness.StartAsync();
        var reply = harness.Reply();
        reply.ServiceUrl = serviceUrl;

        await Assert.ThrowsAsync<ArgumentException>(() => harness.Client.SendToConversationAsync(reply));
        Assert.Empty(harness.Server.Requests);
    }
}
