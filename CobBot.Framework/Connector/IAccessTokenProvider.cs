namespace CobBot.Framework.Connector;

/// <summary>
/// Bearer tokens for outbound Connector calls (client credentials or managed identity, per <c>MicrosoftAppType</c>).
/// Tokens are cached until shortly before they expire, and concurrent callers share one refresh.
/// </summary>
public interface IAccessTokenProvider
{
    /// <summary>A valid token; null when no app id is configured, so the call must carry no Authorization header.</summary>
    ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// A token to replace <paramref name="rejectedToken"/> after the Connector answered 401/403: a fresh one, or the
    /// newer one another caller already obtained. Null when no app id is configured.
    /// </summary>
    ValueTask<string?> RefreshTokenAsync(string rejectedToken, CancellationToken cancellationToken = default);
}
