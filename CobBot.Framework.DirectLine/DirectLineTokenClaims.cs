namespace CobBot.Framework.DirectLine;

/// <summary>What a Direct Line token grants: one conversation, optionally as one user.</summary>
/// <param name="ConversationId">The conversation the token is bound to.</param>
/// <param name="UserId">The embedded user id; authoritative for <c>from.id</c> when present.</param>
/// <param name="UserName">The embedded user name.</param>
/// <param name="ExpiresAt">When the token stops being accepted.</param>
public sealed record DirectLineTokenClaims(string ConversationId, string? UserId, string? UserName, DateTimeOffset ExpiresAt);
