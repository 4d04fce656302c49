using System.Net.WebSockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CobBot.Framework.DirectLine;

/// <summary>
/// <c>GET /conversations/{id}/stream?t=…&amp;watermark=…</c>: the pre-authorised WebSocket of ActivitySets.
/// </summary>
internal static class DirectLineStreamEndpoint
{
    public static void Map(IEndpointRouteBuilder group) => group.MapGet("/conversations/{conversationId}/stream", StreamAsync);

    private static async Task StreamAsync(string conversationId, string? t, string? watermark, HttpContext context, DirectLineTokenService tokens,
        IDirectLineStore store, DirectLineStreams streams, IOptions<DirectLineOptions> options, TimeProvider timeProvider, IHostApplicationLifetime lifetime)
    {
        var failure = await CheckAsync(conversationId, t, context, tokens, store);
        if (failure is not null)
        {
            await failure.ExecuteAsync(context);
            return;
        }
        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var session = new DirectLineStreamSession(socket, conversationId, DirectLineClientEndpoints.ParseWatermark(watermark), store, streams,
            options.Value.StreamPollInterval, timeProvider);
        await session.RunAsync(context.RequestAborted, lifetime.ApplicationStopping);
    }

    private static async Task<IResult?> CheckAsync(string conversationId, string? streamToken, HttpContext context, DirectLineTokenService tokens, IDirectLineStore store)
    {
        if (!context.WebSockets.IsWebSocketRequest) return DirectLineResults.BadArgument("The stream URL needs a WebSocket upgrade.");
        if (string.IsNullOrEmpty(streamToken)) return DirectLineResults.Unauthorized();
        var (status, claims) = await tokens.ReadStreamTokenAsync(streamToken);
        if (status == DirectLineTokenStatus.Expired) return DirectLineResults.TokenExpired();
        if (status != DirectLineTokenStatus.Valid || claims!.ConversationId != conversationId)
            return DirectLineResults.Forbidden("The stream URL is not valid for this conversation.");
        return await store.GetConversationAsync(conversationId, context.RequestAborted) is null ? DirectLineResults.ConversationNotFound() : null;
    }
}
