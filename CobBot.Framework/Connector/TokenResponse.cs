namespace CobBot.Framework.Connector;

/// <summary>
/// The body of a token endpoint answer: on success the token and its lifetime (<c>expires_in</c> seconds, or the
/// managed-identity <c>expires_on</c> Unix time, either possibly a string); on failure the OAuth error.
/// </summary>
internal sealed record TokenResponse(string? AccessToken, long? ExpiresIn, long? ExpiresOn, string? Error, string? ErrorDescription);
