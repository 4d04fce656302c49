using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace CobBot.Admin;

/// <summary>
/// Counts failed logins per (username, client address); after <see cref="LoginThrottleOptions.MaxFailures"/>
/// inside the window the pair is locked out for <see cref="LoginThrottleOptions.Lockout"/>. A success clears it.
/// </summary>
public sealed class LoginThrottle(IOptions<AdminOptions> options, TimeProvider timeProvider)
{
    private readonly ConcurrentDictionary<string, FailureRecord> _failures = new(StringComparer.Ordinal);

    /// <summary>How long the caller must wait, or null when a login attempt is allowed now.</summary>
    public TimeSpan? RetryAfter(string key)
    {
        if (!_failures.TryGetValue(key, out var record)) return null;
        var now = timeProvider.GetUtcNow();
        return record.LockedUntil is { } until && until > now ? until - now : null;
    }

    /// <summary>Records a failed attempt.</summary>
    public void Failed(string key)
    {
        var settings = options.Value.Login;
        var now = timeProvider.GetUtcNow();
        PruneExpired(now, settings);
        _failures.AddOrUpdate(key,
            _ => new FailureRecord(now, 1, null),
            (_, r) =>
            {
                var count = now - r.WindowStart > settings.Window ? 1 : r.Count + 1;
                var start = count == 1 ? now : r.WindowStart;
                return new FailureRecord(start, count, count >= settings.MaxFailures ? now + settings.Lockout : null);
            });
    }

    /// <summary>Clears the record after a successful login.</summary>
    public void Succeeded(string key) => _failures.TryRemove(key, out _);

    private void PruneExpired(DateTimeOffset now, LoginThrottleOptions settings)
    {
        foreach (var (key, record) in _failures)
        {
            var lockOver = record.LockedUntil is null || record.LockedUntil <= now;
            if (lockOver && now - record.WindowStart > settings.Window) _failures.TryRemove(key, out _);
        }
    }

    private sealed record FailureRecord(DateTimeOffset WindowStart, int Count, DateTimeOffset? LockedUntil);
}
