using CobBot.Framework.Schema;

namespace CobBot.Framework.Authentication;

/// <summary>Validates the <c>Authorization</c> header of an inbound activity (channel or Emulator token).</summary>
public interface IBotAuthenticator
{
    /// <summary>
    /// Authenticates the request; returns the caller on success and throws
    /// <see cref="BotAuthenticationException"/> (401 or 403) on failure.
    /// </summary>
    Task<BotCaller> AuthenticateAsync(Activity activity, string? authorizationHeader, CancellationToken cancellationToken = default);
}
