using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CobBot.Framework.DirectLine;

/// <summary>
/// The token endpoint for web pages: <c>POST {pattern}</c> answers <c>{conversationId, token, expires_in, userId, domain}</c>
/// for a new conversation with a fresh <c>dl_</c> user embedded in the token, so the Direct Line secret never reaches
/// the browser and a user cannot pose as another. <c>domain</c> is the Direct Line base to give Web Chat.
/// </summary>
public static class DirectLineTokenEndpoint
{
    /// <summary>Maps the endpoint (CORS policy <see cref="DirectLineServiceCollectionExtensions.CorsPolicy"/>, so other sites can embed the chat).</summary>
    public static IEndpointConventionBuilder MapDirectLineTokenEndpoint(this IEndpointRouteBuilder endpoints, string pattern = "/api/directline/token")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints.MapPost(pattern, (HttpRequest request, DirectLineTokenService tokens, DirectLineUrls urls) =>
            {
                var conversationId = DirectLineIds.NewConversationId();
                var userId = DirectLineIds.NewUserId();
                var token = tokens.IssueToken(conversationId, userId, userName: null);
                return DirectLineResults.Json(new PageToken(conversationId, token, tokens.ExpiresInSeconds, userId, urls.Domain(request)));
            })
            .RequireCors(DirectLineServiceCollectionExtensions.CorsPolicy);
    }

    private sealed record PageToken(
        string ConversationId,
        string Token,
        [property: JsonPropertyName("expires_in")] int ExpiresIn,
        string UserId,
        string Domain);
}
