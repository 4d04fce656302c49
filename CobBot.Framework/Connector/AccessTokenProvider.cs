using CobBot.Framework.Authentication;
using Microsoft.Extensions.Options;

namespace CobBot.Framework.Connector;

/// <summary>
/// The <see cref="IAccessTokenProvider"/> for the configured bot identity. One token is cached per provider (one app
/// id, authority and scope) until five minutes before expiry; at most one request to the token endpoint is in flight,
/// and every caller waiting meanwhile gets its result.
/// </summary>
public sealed class AccessTokenProvider : IAccessTokenProvider
{
    /// <summary>The name of the <see cref="HttpClient"/> used for token requests.</summary>
    public const string HttpClientName = "CobBot.Framework.Tokens";

    private readonly IHttpClientFactory httpClientFactory;
    private readonly BotFrameworkOptions options;
    private readonly TimeProvider timeProvider;
    private readonly Lock gate = new();
    private AccessToken? cached;
    private Task<AccessToken>? refreshing;

    /// <summary>Creates the provider for the configured identity.</summary>
    public AccessTokenProvider(IHttpClientFactory httpClientFactory, IOptions<BotFrameworkOptions> options, TimeProvider timeProvider)
    {
        this.httpClientFactory = httpClientFactory;
        this.options = options.Value;
        this.timeProvider = timeProvider;
    }

    /// <inheritdoc />
    public ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken = default) => GetAsync(null, cancellationToken);

    /// <inheritdoc />
    public ValueTask<string?> RefreshTokenAsync(string rejectedToken, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rejectedToken);
        return GetAsync(rejectedToken, cancellationToken);
    }

    private async ValueTask<string?> GetAsync(string? rejectedToken, CancellationToken cancellationToken)
    {
        if (!options.IsAuthenticationEnabled)
        {
            return null;
        }
        Task<AccessToken> pending;
        lock (gate)
        {
            if (cached is { } token && token.Value != rejectedToken && timeProvider.GetUtcNow() < token.RefreshAt)
            {
                return token.Value;
            }
            pending = refreshing ??= Task.Run(RefreshAsync, CancellationToken.None);
        }
        var fresh = await pending.WaitAsync(cancellationToken).ConfigureAwait(false);
        return fresh.Value;
    }

    // Runs detached from any one caller's cancellation: other callers may be waiting for the same result.
    private async Task<AccessToken> RefreshAsync()
    {
        try
        {
            var client = new TokenEndpointClient(httpClientFactory.CreateClient(HttpClientName), options, timeProvider);
            var token = await client.RequestAsync(CancellationToken.None).ConfigureAwait(false);
            lock (gate)
            {
                cached = token;
            }
            return token;
        }
        finally
        {
            lock (gate)
            {
                refreshing = null;
            }
        }
    }
}
