using Microsoft.IdentityModel.Tokens;

namespace CobBot.Framework.Authentication;

/// <summary>
/// Short reasons for rejected tokens. IdentityModel's own messages are not passed on: some quote parts of the token.
/// </summary>
internal static class TokenFailures
{
    /// <summary>Describes why validation failed, without any of the token's content.</summary>
    public static string Describe(Exception? exception) => exception switch
    {
        SecurityTokenExpiredException => "The token has expired.",
        SecurityTokenNotYetValidException => "The token is not valid yet.",
        SecurityTokenNoExpirationException => "The token has no expiry.",
        SecurityTokenInvalidAudienceException => "The token's audience is not this bot's app id.",
        SecurityTokenSignatureKeyNotFoundException => "The token is signed with an unknown key.",
        // Also covers algorithms outside RS256/384/512: IdentityModel reports those as invalid signatures.
        SecurityTokenInvalidSignatureException => "The token's signature is invalid.",
        _ => "The token failed validation.",
    };
}
