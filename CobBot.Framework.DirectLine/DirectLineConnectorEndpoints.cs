using CobBot.Framework.Authentication;
using CobBot.Framework.Schema;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace CobBot.Framework.DirectLine;

/// <summary>
/// The Connector API over HTTP at <c>{serviceUrl}v3/conversations/{id}/activities[/{activityId}]</c> (POST, PUT,
/// DELETE), for a bot that does not run in this process. Callers present the Direct Line secret as a bearer
/// token; with bot authentication disabled (no <c>MicrosoftAppId</c>, local development) calls without an
/// Authorization header are accepted too, as the Emulator's Connector does.
/// </summary>
internal static class DirectLineConnectorEndpoints
{
    private const string Prefix = "/connector/v3/conversations/{conversationId}/activities";

    public static void Map(IEndpointRouteBuilder group)
    {
        group.MapPost(Prefix, (string conversationId, HttpRequest request, DirectLineConnector connector, DirectLineTokenService tokens, IOptions<BotFrameworkOptions> bot, IOptions<DirectLineOptions> options) =>
            SendAsync(conversationId, request, connector, tokens, bot.Value, options.Value));
        group.MapPost(Prefix + "/{activityId}", (string conversationId, HttpRequest request, DirectLineConnector connector, DirectLineTokenService tokens, IOptions<BotFrameworkOptions> bot, IOptions<DirectLineOptions> options) =>
            SendAsync(conversationId, request, connector, tokens, bot.Value, options.Value));
        group.MapPut(Prefix + "/{activityId}", UpdateAsync);
        group.MapDelete(Prefix + "/{activityId}", DeleteAsync);
    }

    private static async Task<IResult> SendAsync(string conversationId, HttpRequest request, DirectLineConnector connector, DirectLineTokenService tokens,
        BotFrameworkOptions bot, DirectLineOptions options)
    {
        var (conversation, failure) = await AuthorizeAsync(conversationId, request, connector, tokens, bot);
        if (failure is not null) return failure;
        var (activity, bad) = await DirectLineActivityReader.ReadAsync(request, options.MaxActivityLength);
        if (bad is not null) return bad;
        var response = await connector.SendAsync(conversation!, activity!, request.HttpContext.RequestAborted);
        return DirectLineResults.Json(response, StatusCodes.Status201Created);
    }

    private static async Task<IResult> UpdateAsync(string conversationId, string activityId, HttpRequest request, DirectLineConnector connector,
        DirectLineTokenService tokens, IOptions<BotFrameworkOptions> bot, IOptions<DirectLineOptions> options)
    {
        var (conversation, failure) = await AuthorizeAsync(conversationId, request, connector, tokens, bot.Value);
        if (failure is not null) return failure;
        var (activity, bad) = await DirectLineActivityReader.ReadAsync(request, options.Value.MaxActivityLength);
        if (bad is not null) return bad;
        activity!.Id = activityId;
        var response = await connector.UpdateAsync(conversation!, activity, request.HttpContext.RequestAborted);
        return response is null ? ActivityNotFound() : DirectLineResults.Json(response);
    }

    private static async Task<IResult> DeleteAsync(string conversationId, string activityId, HttpRequest request, DirectLineConnector connector,
        DirectLineTokenService tokens, IOptions<BotFrameworkOptions> bot)
    {
        var (conversation, failure) = await AuthorizeAsync(conversationId, request, connector, tokens, bot.Value);
        if (failure is not null) return failure;
        return await connector.DeleteAsync(conversation!, activityId, request.HttpContext.RequestAborted) ? Results.Ok() : ActivityNotFound();
    }

    private static async Task<(DirectLineConversation?, IResult?)> AuthorizeAsync(string conversationId, HttpRequest request, DirectLineConnector connector,
        DirectLineTokenService tokens, BotFrameworkOptions bot)
    {
        var header = request.Headers.Authorization.ToString();
        var allowed = header.Length == 0
            ? !bot.IsAuthenticationEnabled
            : header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && tokens.IsSecret(header["Bearer ".Length..].Trim());
        if (!allowed) return (null, DirectLineResults.Unauthorized());
        var conversation = await connector.GetConversationAsync(conversationId, request.HttpContext.RequestAborted);
        return conversation is null
            ? (null, DirectLineResults.Error(StatusCodes.Status404NotFound, "ConversationNotFound", "The conversation does not exist."))
            : (conversation, null);
    }

    private static IResult ActivityNotFound() =>
        DirectLineResults.Error(StatusCodes.Status404NotFound, "ActivityNotFoundInConversation", "The activity does not exist in the conversation.");
}
