using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace CobBot.Framework.Authentication;

/// <summary>
/// One OpenID metadata document and its key set (with the keys' endorsements), cached on <see cref="TimeProvider"/> time.
/// </summary>
/// <remarks>
/// IdentityModel's <c>ConfigurationManager</c> is not used because in 8.x it refreshes in the background after
/// <c>RequestRefresh</c> (the request that saw the unknown key would still fail) and it reads the wall clock.
/// This cache keeps its refresh intervals and fetches with <see cref="OpenIdConnectConfigurationRetriever"/>.
/// </remarks>
internal sealed class OpenIdMetadataCache(string metadataAddress, IDocumentRetriever documentRetriever, TimeProvider timeProvider, ILogger logger)
{
    /// <summary>Age after which metadata is fetched again (IdentityModel's default, 12 h; the protocol asks for at least daily).</summary>
    public static readonly TimeSpan AutomaticRefreshInterval = BaseConfigurationManager.DefaultAutomaticRefreshInterval;

    /// <summary>Minimum gap between refreshes forced by unknown keys, and the retry delay after a failed refresh (5 min).</summary>
    public static readonly TimeSpan MinimumRefreshInterval = BaseConfigurationManager.DefaultRefreshInterval;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile Snapshot? _snapshot;
    private DateTimeOffset? _lastForcedRefresh;

    /// <summary>Returns the cached metadata, fetching it first when missing or due; the first fetch's failure propagates.</summary>
    public async Task<OpenIdConnectConfiguration> GetAsync(CancellationToken cancellationToken)
    {
        var snapshot = _snapshot;
        if (snapshot is not null && timeProvider.GetUtcNow() < snapshot.RefreshDue)
            return snapshot.Configuration;

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            snapshot = _snapshot;
            return snapshot is not null && timeProvider.GetUtcNow() < snapshot.RefreshDue
                ? snapshot.Configuration
                : await FetchAsync(snapshot, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Called when a token names a key that <paramref name="stale"/> lacks. Returns newer metadata: the one another
    /// request already fetched, or a fresh fetch if none was forced within <see cref="MinimumRefreshInterval"/>;
    /// null when there is nothing newer to try.
    /// </summary>
    public async Task<OpenIdConnectConfiguration?> RefreshForUnknownKeyAsync(OpenIdConnectConfiguration stale, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var snapshot = _snapshot;
            if (snapshot is not null && !ReferenceEquals(snapshot.Configuration, stale))
                return snapshot.Configuration;

            var now = timeProvider.GetUtcNow();
            if (now - _lastForcedRefresh < MinimumRefreshInterval)
                return null;

            _lastForcedRefresh = now;
            var fresh = await FetchAsync(snapshot, cancellationToken).ConfigureAwait(false);
            return ReferenceEquals(fresh, stale) ? null : fresh;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<OpenIdConnectConfiguration> FetchAsync(Snapshot? current, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        try
        {
            var configuration = await OpenIdConnectConfigurationRetriever
                .GetAsync(metadataAddress, documentRetriever, cancellationToken).ConfigureAwait(false);
            _snapshot = new Snapshot(configuration, now + AutomaticRefreshInterval);
            return configuration;
        }
        catch (Exception ex) when (current is not null && ex is not OperationCanceledException)
        {
            // Stale keys beat no keys: keep serving them and try again shortly.
            logger.LogWarning(ex, "Refreshing OpenID metadata from {MetadataAddress} failed; keeping the previous keys.", metadataAddress);
            _snapshot = current with { RefreshDue = now + MinimumRefreshInterval };
            return current.Configuration;
        }
    }

    private sealed record Snapshot(OpenIdConnectConfiguration Configuration, DateTimeOffset RefreshDue);
}
