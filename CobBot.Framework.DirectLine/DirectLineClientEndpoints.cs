using System.Globalization;
using System.Text.Json;
using CobBot.Framework.Builder;
using CobBot.Framework.Schema;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CobBot.Framework.DirectLine;

/// <summary>The Direct Line 3.0 client API: tokens, conversations and activities.</summary>
internal static class DirectLineClientEndpoints
{
    private const int PageSize = 100;

    public static void Map(IEndpointRouteBuilder group)
    {
        group.MapPost("/tokens/generate", GenerateAsync);
        group.MapPost("/tokens/refresh", RefreshAsync);
        group.MapPost("/conversations", StartAsync);
        group.MapGet("/conversations/{conversationId}", ReconnectAsync);
        group.MapPost("/conversations/{conversationId}/activities", PostActivityAsync);
        group.MapGet("/conversations/{conversationId}/activities", GetActivitiesAsync);
    }

    private static async Task<IResult> GenerateAsync(HttpRequest request, DirectLineTokenService tokens)
    {
        var (access, failure) = await DirectLineAccess.ReadAsync(request, tokens);
        if (failure is not null) return failure;
        if (!access!.IsSecret) return DirectLineResults.Forbidden("tokens/generate needs the Direct Line secret.");
        var (body, bad) = await ReadStartRequestAsync(request);
        if (bad is not null) return bad;
        var conversationId = DirectLineIds.NewConversationId();
        var token = tokens.IssueToken(conversationId, body?.User?.Id, body?.User?.Name);
        return DirectLineResults.Json(new DirectLineConversationResponse(conversationId, token, tokens.ExpiresInSeconds));
    }

    private static async Task<IResult> RefreshAsync(HttpRequest request, DirectLineTokenService tokens)
    {
        var (access, failure) = await DirectLineAccess.ReadAsync(request, tokens);
        if (failure is not null) return failure;
        if (access!.Token is not { } claims) return DirectLineResults.Forbidden("tokens/refresh needs a token, not the secret.");
        var token = tokens.IssueToken(claims.ConversationId, claims.UserId, claims.UserName);
        return DirectLineResults.Json(new DirectLineConversationResponse(claims.ConversationId, token, tokens.ExpiresInSeconds));
    }

    private static async Task<IResult> StartAsync(HttpRequest request, DirectLineTokenService tokens, DirectLineChannel channel, DirectLineUrls urls, IBot bot)
    {
        var (access, failure) = await DirectLineAccess.ReadAsync(request, tokens);
        if (failure is not null) return failure;
        var (body, bad) = await ReadStartRequestAsync(request);
        if (bad is not null) return bad;
        var claims = access!.Token;
        var conversationId = claims?.ConversationId ?? DirectLineIds.NewConversationId();
        ChannelAccount? user = claims?.UserId is { } tokenUser ? new ChannelAccount(tokenUser, claims.UserName)
            : body?.User?.Id is { Length: > 0 } bodyUser ? new ChannelAccount(bodyUser, body.User.Name) : null;
        bool created;
        try
        {
            created = await channel.StartAsync(conversationId, user, urls.ServiceUrl(request), body?.Locale, bot);
        }
        catch (DirectLineBotException)
        {
            return BotFailed();
        }
        var token = tokens.IssueToken(conversationId, user?.Id ?? claims?.UserId, user?.Name ?? claims?.UserName);
        var streamUrl = urls.StreamUrl(request, conversationId, tokens.IssueStreamToken(conversationId), 0);
        return DirectLineResults.Json(new DirectLineConversationResponse(conversationId, token, tokens.ExpiresInSeconds, streamUrl),
            created ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }

    private static async Task<IResult> ReconnectAsync(string conversationId, string? watermark, HttpRequest request, DirectLineTokenService tokens, IDirectLineStore store, DirectLineUrls urls)
    {
        var (conversation, access, failure) = await AuthorizeAsync(conversationId, request, tokens, store);
        if (failure is not null) return failure;
        var claims = access!.Token;
        var token = tokens.IssueToken(conversation!.Id, claims?.UserId ?? conversation.UserId, claims?.UserName ?? conversation.UserName);
        var streamUrl = urls.StreamUrl(request, conversation.Id, tokens.IssueStreamToken(conversation.Id), ParseWatermark(watermark));
        return DirectLineResults.Json(new DirectLineConversationResponse(conversation.Id, token, tokens.ExpiresInSeconds, streamUrl));
    }

    private static async Task<IResult> PostActivityAsync(string conversationId, HttpRequest request, DirectLineTokenService tokens, IDirectLineStore store,
        DirectLineChannel channel, Microsoft.Extensions.Options.IOptions<DirectLineOptions> options, IBot bot)
    {
        var (conversation, access, failure) = await AuthorizeAsync(conversationId, request, tokens, store);
        if (failure is not null) return failure;
        var (activity, bad) = await DirectLineActivityReader.ReadAsync(request, options.Value.MaxActivityLength);
        if (bad is not null) return bad;
        return await PostAsync(channel, conversation!, access!, activity!, bot);
    }

    /// <summary>Forwards a client activity (also used by upload) and answers <c>{id}</c>, or 502 when the bot failed.</summary>
    public static async Task<IResult> PostAsync(DirectLineChannel channel, DirectLineConversation conversation, DirectLineAccess access, Activity activity, IBot bot)
    {
        if (access.Token?.UserId is { } tokenUser)
            activity.From = new ChannelAccount(tokenUser, access.Token.UserName ?? activity.From?.Name);
        else if (string.IsNullOrEmpty(activity.From?.Id) && conversation.UserId is { } knownUser)
            activity.From = new ChannelAccount(knownUser, conversation.UserName);
        if (string.IsNullOrEmpty(activity.From?.Id)) return DirectLineResults.BadArgument("The activity needs from.id, or a token with an embedded user.");
        try
        {
            var id = await channel.PostAsync(conversation, activity, bot);
            return DirectLineResults.Json(id is null ? new ResourceResponse() : new ResourceResponse(id));
        }
        catch (DirectLineBotException)
        {
            return BotFailed();
        }
    }

    private static async Task<IResult> GetActivitiesAsync(string conversationId, string? watermark, HttpRequest request, DirectLineTokenService tokens, IDirectLineStore store)
    {
        var (conversation, _, failure) = await AuthorizeAsync(conversationId, request, tokens, store);
        if (failure is not null) return failure;
        var page = await store.GetActivitiesAsync(conversation!.Id, ParseWatermark(watermark), PageSize, request.HttpContext.RequestAborted);
        return DirectLineResults.Json(new DirectLineActivitySet(page.Activities, page.Watermark.ToString(CultureInfo.InvariantCulture)));
    }

    /// <summary>Checks the bearer against the conversation in the path: 401/403 from the credentials, 404 when it never started.</summary>
    public static async Task<(DirectLineConversation? Conversation, DirectLineAccess? Access, IResult? Failure)> AuthorizeAsync(
        string conversationId, HttpRequest request, DirectLineTokenService tokens, IDirectLineStore store)
    {
        var (access, failure) = await DirectLineAccess.ReadAsync(request, tokens);
        if (failure is not null) return (null, null, failure);
        if (!access!.CanUse(conversationId)) return (null, null, DirectLineResults.Forbidden("The token is for another conversation."));
        var conversation = await store.GetConversationAsync(conversationId, request.HttpContext.RequestAborted);
        return conversation is null ? (null, null, DirectLineResults.ConversationNotFound()) : (conversation, access, null);
    }

    /// <summary>A watermark as sent back by clients: a number, or anything else (empty, "undefined") for "from the start".</summary>
    public static long ParseWatermark(string? watermark) =>
        long.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 0;

    private static IResult BotFailed() =>
        DirectLineResults.Error(StatusCodes.Status502BadGateway, "BotRejectedActivity", "The bot failed to process the activity.");

    private static async Task<(DirectLineStartRequest? Body, IResult? Failure)> ReadStartRequestAsync(HttpRequest request)
    {
        if (request.ContentLength is 0 or null && !request.Headers.TransferEncoding.Any()) return (null, null);
        try
        {
            return (await JsonSerializer.DeserializeAsync<DirectLineStartRequest>(request.Body, BotJson.Options, request.HttpContext.RequestAborted), null);
        }
        catch (JsonException)
        {
            return (null, DirectLineResults.BadArgument("The body must be JSON such as {\"user\":{\"id\":\"...\"}}."));
        }
    }
}
