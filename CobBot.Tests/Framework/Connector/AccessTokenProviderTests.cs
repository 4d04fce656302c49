using System.Web;
using CobBot.Framework.Connector;

namespace CobBot.Tests.Framework.Connector;

public sealed class AccessTokenProviderTests
{
    [Fact]
    public async Task MultiTenantUsesClientCredentialsAgainstBotFrameworkAuthority()
    {
        await using var harness = await ConnectorHarness.StartAsync(ConnectorHarness.AppId);
        harness.AnswerTokensAndConnector();

        Assert.Equal("token-1", await harness.Tokens.GetTokenAsync());

        var request = Assert.Single(harness.Server.Requests);
        Assert.Equal(("POST", ConnectorHarness.TokenPath), (request.Method, request.Path));
        Assert.StartsWith("application/x-www-form-urlencoded", request.ContentType, StringComparison.Ordinal);
        var form = HttpUtility.ParseQueryString(request.Body);
        Assert.Equal("client_credentials", form["grant_type"]);
        Assert.Equal(ConnectorHarness.AppId, form["client_id"]);
        Assert.Equal("s3cret~value", form["client_secret"]);
        Assert.Equal("https://api.botframework.com/.default", form["scope"]);
    }

    [Fact]
    public async Task SingleTenantUsesTheTenantAuthorityAndConfiguredScope()
    {
        await using var harness = await ConnectorHarness.StartAsync(ConnectorHarness.AppId, new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppTenantId"] = ConnectorHarness.TenantId,
            ["OAuthScope"] = "https://api.botframework.us/.default",
        });
        harness.AnswerTokensAndConnector();

        await harness.Tokens.GetTokenAsync();

        var request = Assert.Single(harness.Server.Requests);
        Assert.Equal($"/{ConnectorHarness.TenantId}/oauth2/v2.0/token", request.Path);
        Assert.Equal("https://api.botframework.us/.default", HttpUtility.ParseQueryString(request.Body)["scope"]);
    }

    [Fact]
    public async Task UserAssignedManagedIdentityAsksTheIdentityEndpointForTheResource()
    {
        await using var harness = await ConnectorHarness.StartAsync(ConnectorHarness.AppId, new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "UserAssignedMSI",
            ["MicrosoftAppTenantId"] = ConnectorHarness.TenantId,
            ["MicrosoftAppPassword"] = "",
        });
        harness.Server.Handler = (_, context) => RecordingServer.ReplyAsync(context, 200,
            """{"access_token":"msi-token","expires_in":"86399","expires_on":"1749657600","resource":"https://api.botframework.com","token_type":"Bearer"}""");

        Assert.Equal("msi-token", await harness.Tokens.GetTokenAsync());

        var request = Assert.Single(harness.Server.Requests);
        Assert.Equal(("GET", ConnectorHarness.ManagedIdentityPath), (request.Method, request.Path));
        Assert.Equal("true", request.Headers["Metadata"]);
        var query = HttpUtility.ParseQueryString(new Uri(harness.Server.BaseUrl + request.RawTarget).Query);
        Assert.Equal(("https://api.botframework.com", ConnectorHarness.AppId, "2018-02-01"), (query["resource"], query["client_id"], query["api-version"]));
    }

    [Fact]
    public async Task TokenIsCachedUntilFiveMinutesBeforeExpiry()
    {
        await using var harness = await ConnectorHarness.StartAsync(ConnectorHarness.AppId);
        harness.AnswerTokensAndConnector();

        Assert.Equal("token-1", await harness.Tokens.GetTokenAsync());
        harness.Time.Advance(TimeSpan.FromSeconds(3599) - TimeSpan.FromMinutes(5) - TimeSpan.FromSeconds(1));
        Assert.Equal("token-1", await harness.Tokens.GetTokenAsync());
        harness.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal("token-2", await harness.Tokens.GetTokenAsync());

        Assert.Equal(2, harness.TokenRequests.Count);
    }

    [Fact]
    public async Task ConcurrentCallersShareOneRefresh()
    {
        await using var harness = await ConnectorHarness.StartAsync(ConnectorHarness.AppId);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        harness.Server.Handler = async (_, context) =>
        {
            await release.Task;
            await RecordingServer.ReplyAsync(context, 200, ConnectorHarness.TokenJson("shared-token"));
        };

        var callers = Enumerable.Range(0, 25).Select(_ => harness.Tokens.GetTokenAsync().AsTask()).ToList();
        await harness.Server.WaitForRequestsAsync(1);
        var lateCaller = harness.Tokens.GetTokenAsync().AsTask();
        release.SetResult();

        Assert.All(await Task.WhenAll([.. callers, lateCaller]), token => Assert.Equal("shared-token", token));
        Assert.Single(harness.Server.Requests);
    }

    [Fact]
    public async Task RefreshOfAnAlreadyReplacedTokenReturnsTheNewOne()
    {
        await using var harness = await ConnectorHarness.StartAsync(ConnectorHarness.AppId);
        harness.AnswerTokensAndConnector();
        var first = await harness.Tokens.GetTokenAsync();

        var refreshed = await harness.Tokens.RefreshTokenAsync(first!);
        var staleRefresh = await harness.Tokens.RefreshTokenAsync(first!);

        Assert.Equal(("token-2", "token-2"), (refreshed, staleRefresh));
        Assert.Equal(2, harness.TokenRequests.Count);
    }

    [Fact]
    public async Task TokenEndpointErrorSurfacesAndIsNotCached()
    {
        await using var harness = await ConnectorHarness.StartAsync(ConnectorHarness.AppId);
        harness.Server.Handler = (request, context) => request.Index == 0
            ? RecordingServer.ReplyAsync(context, 401, """{"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret provided."}""")
            : RecordingServer.ReplyAsync(context, 200, ConnectorHarness.TokenJson("after-fix"));

        var error = await Assert.ThrowsAsync<AccessTokenException>(() => harness.Tokens.GetTokenAsync().AsTask());

        Assert.Equal((401, "invalid_client"), (error.StatusCode, error.Error));
        Assert.Contains("AADSTS7000215", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", error.Message, StringComparison.Ordinal);
        Assert.Equal("after-fix", await harness.Tokens.GetTokenAsync());
    }
}
