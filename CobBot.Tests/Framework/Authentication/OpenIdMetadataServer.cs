using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CobBot.Tests.Framework.Authentication;

/// <summary>
/// A real Kestrel server on 127.0.0.1 serving an OpenID configuration and a JWKS, counting the requests it gets.
/// </summary>
public sealed class OpenIdMetadataServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private volatile TestSigningKey[] _keys = [];
    private int _configurationRequests;
    private int _keySetRequests;

    private OpenIdMetadataServer(WebApplication app) => _app = app;

    public string MetadataUrl => $"{_app.Urls.Single()}/.well-known/openid-configuration";

    public int ConfigurationRequests => Volatile.Read(ref _configurationRequests);

    public int KeySetRequests => Volatile.Read(ref _keySetRequests);

    /// <summary>The issuer written in the metadata document (the validator does not rely on it).</summary>
    public string Issuer { get; set; } = "https://issuer.invalid";

    /// <summary>Overrides the <c>jwks_uri</c> the metadata names; by default the server's own key set.</summary>
    public string? JwksUri { get; set; }

    /// <summary>When true every request is answered 500 (not 503, which IdentityModel's retriever retries once).</summary>
    public bool Failing { get; set; }

    /// <summary>Replaces the published key set.</summary>
    public void Publish(params TestSigningKey[] keys) => _keys = keys;

    public static async Task<OpenIdMetadataServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new OpenIdMetadataServer(app);
        app.MapGet("/.well-known/openid-configuration", (HttpContext context) =>
        {
            Interlocked.Increment(ref server._configurationRequests);
            return server.Failing ? Results.StatusCode(500) : Results.Json(new Dictionary<string, object>
            {
                ["issuer"] = server.Issuer,
                ["jwks_uri"] = server.JwksUri ?? $"{context.Request.Scheme}://{context.Request.Host}/keys",
                ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            });
        });
        app.MapGet("/keys", () =>
        {
            Interlocked.Increment(ref server._keySetRequests);
            return server.Failing ? Results.StatusCode(500) : Results.Json(new { keys = server._keys.Select(k => k.ToJwk()) });
        });
        await app.StartAsync();
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
