using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using CobBot.Admin;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CobBot.Handoff.Api;

/// <summary>
/// The live feed for agent consoles, as Server-Sent Events: <c>GET /api/admin/escalations/stream</c>. Browsers' EventSource
/// cannot send an Authorization header, so the console first gets a single-use ticket with its bearer token
/// (<c>POST /api/admin/escalations/stream-ticket</c>) and opens <c>stream?ticket=…</c>; other clients may send the bearer
/// token instead. The feed starts with a <c>ready</c> event, then <c>queue</c> and <c>message</c> events carrying ids only.
/// </summary>
public static class HandoffStreamApi
{
    /// <summary>The first event on every feed: the subscription is live.</summary>
    public const string ReadyEvent = "ready";

    internal static IEndpointRouteBuilder MapHandoffStream(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/admin/escalations/stream-ticket", IssueTicket)
            .RequireAuthorization(AdminRoles.AgentPolicy)
            .WithTags("Handoff").WithName("IssueEscalationStreamTicket")
            .WithSummary("A single-use ticket for opening the live feed with EventSource.");
        var streamPolicy = new AuthorizationPolicyBuilder(JwtBearerDefaults.AuthenticationScheme, StreamTicketAuthenticationHandler.SchemeName)
            .RequireRole(AdminRoles.Admin, AdminRoles.Agent)
            .Build();
        endpoints.MapGet("/api/admin/escalations/stream", Stream)
            .RequireAuthorization(streamPolicy)
            .WithTags("Handoff").WithName("StreamEscalations")
            .WithSummary("Server-Sent Events: queue changes and new messages (ids only).");
        return endpoints;
    }

    private static Ok<StreamTicketResponse> IssueTicket(HttpContext http, StreamTicketStore tickets) =>
        TypedResults.Ok(new StreamTicketResponse(tickets.Issue(http.User), (int)tickets.Lifetime.TotalSeconds));

    private static ServerSentEventsResult<HandoffEvent> Stream(HttpContext http, HandoffEvents events, IHostApplicationLifetime lifetime)
    {
        var viewer = AgentIdentity.From(http.User);
        // Subscribe before the first event is written, so a client that saw "ready" misses nothing after it.
        var subscription = events.Subscribe();
        http.Response.RegisterForDispose(subscription);
        // End the feed when the app stops, so open consoles never hold up a graceful shutdown (they reconnect).
        var ended = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, lifetime.ApplicationStopping);
        http.Response.RegisterForDispose(ended);
        return TypedResults.ServerSentEvents(ReadAsync(subscription, viewer, ended.Token));
    }

    private static async IAsyncEnumerable<SseItem<HandoffEvent>> ReadAsync(
        HandoffSubscription subscription, AgentIdentity viewer, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        yield return new SseItem<HandoffEvent>(new HandoffEvent(ReadyEvent, 0, null), ReadyEvent);
        while (await WaitForEventsAsync(subscription, cancellationToken))
        {
            while (subscription.Reader.TryRead(out var item))
            {
                if (item.IsVisibleTo(viewer)) yield return new SseItem<HandoffEvent>(item, item.Kind);
            }
        }
    }

    /// <summary>False once the client left or the app stops: the feed then ends normally instead of failing the request.</summary>
    private static async Task<bool> WaitForEventsAsync(HandoffSubscription subscription, CancellationToken cancellationToken)
    {
        try
        {
            return await subscription.Reader.WaitToReadAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
