using CobBot.Framework.Connector;
using CobBot.Framework.Schema;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CobBot.Tests.Framework.Connector;

/// <summary>
/// A fresh <see cref="RecordingServer"/> plus a service provider built by <c>AddBotConnector</c> with fake time and
/// captured logs. The token endpoints (identity platform and managed identity) point at the same server.
/// </summary>
internal sealed class ConnectorHarness : IAsyncDisposable
{
    public const string AppId = "8c1f4b9e-2d7a-4e3b-9f61-5a0c7d2e4b18";
    public const string TenantId = "3a9e5c17-4b2d-4f8a-b6c0-7d1e2f9a8b43";
    public const string TokenPath = "/botframework.com/oauth2/v2.0/token";
    public const string ManagedIdentityPath = "/metadata/identity/oauth2/token";

    private ConnectorHarness(RecordingServer server, ServiceProvider services, TestTimeProvider time, LogCollector logs) =>
        (Server, Services, Time, Logs) = (server, services, time, logs);

    public RecordingServer Server { get; }
    public ServiceProvider Services { get; }
    public TestTimeProvider Time { get; }
    public LogCollector Logs { get; }
    public IConnectorClient Client => Services.GetRequiredService<IConnectorClient>();
    public IAccessTokenProvider Tokens => Services.GetRequiredService<IAccessTokenProvider>();

    /// <summary>Starts a harness; with <paramref name="appId"/> the calls are authenticated (MultiTenant unless settings say otherwise).</summary>
    public static async Task<ConnectorHarness> StartAsync(string? appId = null, IDictionary<string, string?>? settings = null)
    {
        var server = await RecordingServer.StartAsync();
        var values = new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = appId,
            ["MicrosoftAppPassword"] = appId is null ? null : "s3cret~value",
            ["OAuthAuthorityHost"] = server.BaseUrl,
            ["ManagedIdentityEndpoint"] = server.BaseUrl + ManagedIdentityPath,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }
        var time = new TestTimeProvider();
        var logs = new LogCollector();
        var services = new ServiceCollection()
            .AddLogging(logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Debug))
            .AddSingleton<TimeProvider>(time)
            .AddBotConnector(new ConfigurationBuilder().AddInMemoryCollection(values).Build())
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        return new ConnectorHarness(server, services, time, logs);
    }

    /// <summary>A reply as the bot builds it, addressed through this server.</summary>
    public Activity Reply(string conversationId = "a:1Qm8sT3vX6yB9eH2kN5pR7uW0zC4fJ1lO3gD6iA9tL2xV5bM8nE1rY4wK7qP0", string? serviceUrl = null) => new()
    {
        Type = ActivityTypes.Message,
        ServiceUrl = serviceUrl ?? Server.BaseUrl,
        ChannelId = Channels.Msteams,
        Conversation = new ConversationAccount(conversationId),
        From = new ChannelAccount("28:" + AppId, "COB Care"),
        Recipient = new ChannelAccount("29:1kXw3Yq8", "Jordan Sample"),
        ReplyToId = "1749571512456",
        Text = "Your authorization AUTH-20931 is approved.",
        TextFormat = TextFormatTypes.Plain,
    };

    public IReadOnlyList<RecordedRequest> TokenRequests => Server.Requests.Where(IsTokenRequest).ToList();

    public IReadOnlyList<RecordedRequest> ConnectorRequests => Server.Requests.Where(r => !IsTokenRequest(r)).ToList();

    /// <summary>
    /// Answers token requests with a new numbered token each time (<c>token-1</c>, <c>token-2</c>, …, valid 3599 s)
    /// and Connector requests with <paramref name="connector"/>, by default 201 with a ResourceResponse.
    /// </summary>
    public void AnswerTokensAndConnector(Func<RecordedRequest, HttpContext, Task>? connector = null)
    {
        var issued = 0;
        Server.Handler = (request, context) => IsTokenRequest(request)
            ? RecordingServer.ReplyAsync(context, 200, TokenJson($"token-{Interlocked.Increment(ref issued)}"))
            : (connector ?? DefaultConnector)(request, context);
    }

    public static string TokenJson(string token, int expiresIn = 3599) =>
        $$"""{"token_type":"Bearer","expires_in":{{expiresIn}},"ext_expires_in":{{expiresIn}},"access_token":"{{token}}"}""";

    private static Task DefaultConnector(RecordedRequest request, HttpContext context) => RecordingServer.ReplyAsync(context, 201, """{"id":"1"}""");

    private static bool IsTokenRequest(RecordedRequest request) =>
        request.Path.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal) || request.Path == ManagedIdentityPath;

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        // After a failed assertion a call may still wait on the fake clock, and Polly's pipeline disposal waits for
        // pending calls on that same clock: move it on until disposal ends, so a failure reports instead of hanging.
        var disposal = Services.DisposeAsync().AsTask();
        while (await Task.WhenAny(disposal, Task.Delay(TimeSpan.FromMilliseconds(50))) != disposal)
        {
            Time.Advance(TimeSpan.FromMinutes(1));
        }
        await disposal;
    }
}
