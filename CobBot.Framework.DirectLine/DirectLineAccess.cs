using System.Net.Http.Headers;
using Microsoft.AspNetCore.Http;

namespace CobBot.Framework.DirectLine;

/// <summary>What the caller of a client API request may do: everything (the secret) or one conversation (a token).</summary>
internal sealed record DirectLineAccess(bool IsSecret, DirectLineTokenClaims? Token)
{
    public bool CanUse(string conversationId) => IsSecret || string.Equals(Token?.ConversationId, conversationId, StringComparison.Ordinal);

    /// <summary>Reads the bearer secret or token; the failure to answer with otherwise (401, or 403 <c>TokenExpired</c>).</summary>
    public static async Task<(DirectLineAccess? Access, IResult? Failure)> ReadAsync(HttpRequest request, DirectLineTokenService tokens)
    {
        if (!AuthenticationHeaderValue.TryParse(request.Headers.Authorization.ToString(), out var header)
            || !string.Equals(header.Scheme, "Bearer", StringComparison.OrdinalIgnoreCase) || string.IsNullOrWhiteSpace(header.Parameter))
            return (null, DirectLineResults.Unauthorized());
        if (tokens.IsSecret(header.Parameter)) return (new DirectLineAccess(true, null), null);
        var (status, claims) = await tokens.ReadTokenAsync(header.Parameter).ConfigureAwait(false);
        return status switch
        {
            DirectLineTokenStatus.Valid => (new DirectLineAccess(false, claims), null),
            DirectLineTokenStatus.Expired => (null, DirectLineResults.TokenExpired()),
            _ => (null, DirectLineResults.Error(StatusCodes.Status403Forbidden, "BadToken", "The token is not valid.")),
        };
    }
}
