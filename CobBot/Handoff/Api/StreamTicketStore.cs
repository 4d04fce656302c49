using System.Buffers.Text;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using CobBot.Framework.State;
using Microsoft.Extensions.Options;

namespace CobBot.Handoff.Api;

/// <summary>
/// Single-use, short-lived tickets that stand in for the bearer token on the SSE live feed. A ticket is 256 random
/// bits, works once (so a URL that ends up in a log or history is useless), expires after
/// <see cref="HandoffOptions.StreamTicketLifetime"/>, and carries only the user's id, name and roles. Kept in the bot's
/// <see cref="IStorage"/> under the ticket's SHA-256 (the store never holds a usable ticket), so any instance sharing
/// the database redeems what another issued; the eTag makes the redemption win once even when two race.
/// </summary>
public sealed class StreamTicketStore(IStorage storage, TimeProvider timeProvider, IOptions<HandoffOptions> options)
{
    private const string KeyPrefix = "handoff-stream-tickets/";

    /// <summary>The ticket lifetime.</summary>
    public TimeSpan Lifetime => options.Value.StreamTicketLifetime;

    /// <summary>Issues a ticket for <paramref name="user"/>.</summary>
    public async Task<string> IssueAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var claims = new JsonArray([.. user.Claims
            .Where(c => c.Type is "sub" or "name" or "role")
            .Select(c => (JsonNode)new JsonObject { ["type"] = c.Type, ["value"] = c.Value })]);
        var document = new JsonObject
        {
            ["expires"] = (timeProvider.GetUtcNow() + Lifetime).ToUnixTimeMilliseconds(),
            ["claims"] = claims,
        };
        var ticket = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        await storage.WriteAsync(new Dictionary<string, StoreItem> { [Key(ticket)] = new(document, null) }, cancellationToken);
        return ticket;
    }

    /// <summary>The ticket's user, once; null for an unknown, used or expired ticket.</summary>
    public async Task<ClaimsPrincipal?> RedeemAsync(string ticket, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var key = Key(ticket);
        if (!(await storage.ReadAsync([key], cancellationToken)).TryGetValue(key, out var item) || item.Document["claims"] is not JsonArray claims)
            return null;
        try
        {
            await storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = new(new JsonObject { ["redeemed"] = true }, item.ETag) }, cancellationToken);
        }
        catch (ETagConflictException)
        {
            return null;
        }

        await storage.DeleteAsync([key], cancellationToken);
        var expires = DateTimeOffset.FromUnixTimeMilliseconds((long?)item.Document["expires"] ?? 0);
        if (expires <= timeProvider.GetUtcNow()) return null;
        var identity = new ClaimsIdentity(
            claims.OfType<JsonObject>().Select(c => new Claim((string)c["type"]!, (string)c["value"]!)),
            StreamTicketAuthenticationHandler.SchemeName, "name", "role");
        return new ClaimsPrincipal(identity);
    }

    private static string Key(string ticket) =>
        KeyPrefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(ticket)));
}
