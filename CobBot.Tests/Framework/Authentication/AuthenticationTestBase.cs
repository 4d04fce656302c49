using System.Text;
using System.Text.Json.Nodes;
using CobBot.Framework.Authentication;
using CobBot.Framework.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CobBot.Tests.Framework.Authentication;

/// <summary>
/// A fresh pair of local metadata servers (channel and Emulator), keys and fake clock per test, and helpers to mint tokens.
/// </summary>
public abstract class AuthenticationTestBase : IAsyncLifetime
{
    protected const string AppId = "9a5b0b6d-0f57-4d6b-9a59-3f3a1c6a9f11";
    protected const string ServiceUrl = "https://smba.trafficmanager.net/amer/";
    protected const string EmulatorV1Issuer = "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/";
    protected const string EmulatorV2Issuer = "https://login.microsoftonline.com/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0";

    private readonly List<IDisposable> _disposables = [];

    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2030, 3, 14, 9, 30, 0, TimeSpan.Zero));
    protected OpenIdMetadataServer ChannelServer { get; private set; } = null!;
    protected OpenIdMetadataServer EmulatorServer { get; private set; } = null!;
    protected TestSigningKey ChannelKey { get; } = new("channel-key-1", Channels.Msteams, Channels.Webchat, Channels.Directline);
    protected TestSigningKey EmulatorKey { get; } = new("emulator-key-1");

    public async Task InitializeAsync()
    {
        ChannelServer = await OpenIdMetadataServer.StartAsync();
        ChannelServer.Issuer = "https://api.botframework.com";
        ChannelServer.Publish(ChannelKey);
        EmulatorServer = await OpenIdMetadataServer.StartAsync();
        EmulatorServer.Publish(EmulatorKey);
    }

    public async Task DisposeAsync()
    {
        await ChannelServer.DisposeAsync();
        await EmulatorServer.DisposeAsync();
        ChannelKey.Dispose();
        EmulatorKey.Dispose();
        _disposables.ForEach(d => d.Dispose());
    }

    /// <summary>A key disposed with the test.</summary>
    protected TestSigningKey NewKey(string keyId, params string[] endorsements)
    {
        var key = new TestSigningKey(keyId, endorsements);
        _disposables.Add(key);
        return key;
    }

    /// <summary>Builds the authenticator through <c>AddBotAuthentication</c>, pointed at the local servers.</summary>
    protected IBotAuthenticator CreateAuthenticator(Action<Dictionary<string, string?>>? configure = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = AppId,
            ["ChannelOpenIdMetadataUrl"] = ChannelServer.MetadataUrl,
            ["EmulatorOpenIdMetadataUrl"] = EmulatorServer.MetadataUrl,
        };
        configure?.Invoke(settings);
        var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(Time)
            .AddBotAuthentication(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        var provider = services.BuildServiceProvider();
        _disposables.Add(provider);
        return provider.GetRequiredService<IBotAuthenticator>();
    }

    protected static Activity Message(string channelId = Channels.Msteams, string? serviceUrl = ServiceUrl)
    {
        var activity = Activity.CreateMessageActivity("hi");
        activity.ChannelId = channelId;
        activity.ServiceUrl = serviceUrl;
        return activity;
    }

    /// <summary>A channel-service token, valid now, that <paramref name="edit"/> may alter.</summary>
    protected string ChannelToken(Action<Dictionary<string, object>>? edit = null, TestSigningKey? key = null,
        string algorithm = SecurityAlgorithms.RsaSha256, string? keyId = null) =>
        CreateToken(key ?? ChannelKey, algorithm, keyId, new Dictionary<string, object>
        {
            ["iss"] = "https://api.botframework.com",
            ["aud"] = AppId,
            ["serviceurl"] = ServiceUrl,
        }, edit);

    /// <summary>An Emulator v1 token (<c>ver</c> 1.0, <c>appid</c>), valid now, that <paramref name="edit"/> may alter.</summary>
    protected string EmulatorToken(Action<Dictionary<string, object>>? edit = null, TestSigningKey? key = null) =>
        CreateToken(key ?? EmulatorKey, SecurityAlgorithms.RsaSha256, null, new Dictionary<string, object>
        {
            ["iss"] = EmulatorV1Issuer,
            ["aud"] = AppId,
            ["ver"] = "1.0",
            ["appid"] = AppId,
        }, edit);

    /// <summary>Re-encodes the payload after <paramref name="edit"/>, keeping the original signature.</summary>
    protected static string Tamper(string token, Action<JsonObject> edit)
    {
        var parts = token.Split('.');
        var payload = JsonNode.Parse(Base64UrlEncoder.Decode(parts[1]))!.AsObject();
        edit(payload);
        parts[1] = Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(payload.ToJsonString()));
        return string.Join('.', parts);
    }

    /// <summary>Asserts the rejection's status and that its message does not leak the token.</summary>
    protected static async Task<BotAuthenticationException> AssertRejectedAsync(
        IBotAuthenticator authenticator, Activity activity, string header, int statusCode = 401)
    {
        var exception = await Assert.ThrowsAsync<BotAuthenticationException>(() => authenticator.AuthenticateAsync(activity, header));
        Assert.Equal(statusCode, exception.StatusCode);
        foreach (var part in header.Split(' ', '.').Where(p => p.Length > 8))
            Assert.DoesNotContain(part, exception.Message, StringComparison.Ordinal);
        return exception;
    }

    private string CreateToken(TestSigningKey key, string algorithm, string? keyId, Dictionary<string, object> claims, Action<Dictionary<string, object>>? edit)
    {
        var now = Time.GetUtcNow();
        claims["nbf"] = (now - TimeSpan.FromMinutes(1)).ToUnixTimeSeconds();
        claims["iat"] = claims["nbf"];
        claims["exp"] = (now + TimeSpan.FromHours(1)).ToUnixTimeSeconds();
        edit?.Invoke(claims);
        var handler = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false };
        return handler.CreateToken(new SecurityTokenDescriptor { Claims = claims, SigningCredentials = key.Credentials(algorithm, keyId) });
    }
}
