using System.Security.Claims;

namespace CobBot.Framework.Authentication;

/// <summary>Who sent an inbound activity, as established by <see cref="IBotAuthenticator"/>.</summary>
/// <param name="Identity">The validated claims (anonymous when authentication is disabled).</param>
/// <param name="CallerId">The value for <c>activity.callerId</c>, e.g. <c>urn:botframework:azure</c>; null when anonymous.</param>
/// <param name="IsAuthenticated">False when authentication is disabled and no token was sent.</param>
public sealed record BotCaller(ClaimsIdentity Identity, string? CallerId, bool IsAuthenticated);
