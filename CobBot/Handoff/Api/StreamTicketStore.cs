using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace CobBot.Handoff.Api;

/// <summary>
/// Single-use, short-lived tickets that stand in for the bearer token on the SSE live feed. A ticket is 256 random
/// bits, works once (so a URL that ends up in a log or history is useless), expires after
/// <see cref="HandoffOptions.StreamTicketLifetime"/>, and carries only the user's name and roles. In memory: a ticket
/// must be redeemed on the instance that issued it (sticky sessions when scaled out).
/// </summary>
public sealed class StreamTicketStore(TimeProvider timeProvider, IOptions<HandoffOptions> options)
{
    private readonly ConcurrentDictionary<string, (ClaimsPrincipal User, DateTimeOffset Expires)> _tickets = new(StringComparer.Ordinal);

    /// <summary>The ticket lifetime.</summary>
    public TimeSpan Lifetime => options.Value.StreamTicketLifetime;

    /// <summary>Issues a ticket for <paramref name="user"/>.</summary>
    public string Issue(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var now = timeProvider.GetUtcNow();
        foreach (var expired in _tickets.Where(t => t.Value.Expires <= now).Select(t => t.Key)) _tickets.TryRemove(expired, out _);

        var claims = user.Claims.Where(c => c.Type is "sub" or "name" or "role").Select(c => new Claim(c.Type, c.Value));
        var copy = new ClaimsPrincipal(new ClaimsIdentity(claims, StreamTicketAuthenticationHandler.SchemeName, "name", "role"));
        var ticket = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        _tickets[ticket] = (copy, now + Lifetime);
        return ticket;
    }

    /// <summary>The ticket's user, once; null for an unknown, used or expired ticket.</summary>
    public ClaimsPrincipal? Redeem(string ticket) =>
        _tickets.TryRemove(ticket, out var entry) && entry.Expires > timeProvider.GetUtcNow() ? entry.User : null;
}
