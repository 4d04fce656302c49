using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using CobBot.Admin;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace CobBot.Handoff.Api;

/// <summary>
/// The live feed for agent consoles, as Server-Sent Events: <c>GET /api/admin/escalations/stream</c>. Browsers' EventSource
/// cannot send an Authorization header, so the console first gets a single-use ticket with its bearer token
/// (<c>POST /api/admin/escalations/stream-ticket</c>) and opens <c>stream?ticket=…</c>; other clients may send the bearer
/// token instead. The feed starts with a <c>ready</c> event, then <c>queue</c> and <c>message</c> events carrying ids only,
/// and a <c>keepalive</c> event after each <see cref="HandoffOptions.StreamKeepAliveInterval"/> without events.
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

    private static async Task<Ok<StreamTicketResponse>> IssueTicket(HttpContext http, StreamTicketStore tickets) =>
        TypedResults.Ok(new StreamTicketResponse(await tickets.IssueAsync(http.User, http.RequestAborted), (int)tickets.Lifetime.TotalSeconds));

    private static ServerSentEventsResult<HandoffEvent> Stream(
        HttpContext http, HandoffEvents events, IHostApplicationLifetime lifetime, IOptions<HandoffOptions> options, TimeProvider timeProvider)
    {
        var viewer = AgentIdentity.From(http.User);
        // Subscribe before the first event is written, so a client that saw "ready" misses nothing after it.
        var subscription = events.Subscribe();
        http.Response.RegisterForDispose(subscription);
        // End the feed when the app stops, so open consoles never hold up a graceful shutdown (they reconnect).
        var ended = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, lifetime.ApplicationStopping);
        http.Response.RegisterForDispose(ended);
        var keepAlive = new KeepAlive(options.Value.StreamKeepAliveInterval, timeProvider);
        return TypedResults.ServerSentEvents(ReadAsync(subscription, viewer, keepAlive, ended.Token));
    }

    private static async IAsyncEnumerable<SseItem<HandoffEvent>> ReadAsync(
        HandoffSubscription subscription, AgentIdentity viewer, KeepAlive keepAlive, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        yield return Signal(ReadyEvent);
        while (await WaitForEventsAsync(subscription, keepAlive, cancellationToken) is var wait and not FeedWait.Ended)
        {
            if (wait == FeedWait.Quiet) yield return Signal(HandoffEvent.KeepAliveKind);
            while (subscription.Reader.TryRead(out var item))
            {
                if (item.IsVisibleTo(viewer)) yield return new SseItem<HandoffEvent>(item, item.Kind);
            }
        }
    }

    private static SseItem<HandoffEvent> Signal(string kind) => new(new HandoffEvent(kind, 0, null), kind);

    /// <summary>
    /// Waits for events, or for the keep-alive interval to pass quietly; <see cref="FeedWait.Ended"/> once the client left
    /// or the app stops, so the feed then ends normally instead of failing the request.
    /// </summary>
    private static async Task<FeedWait> WaitForEventsAsync(HandoffSubscription subscription, KeepAlive keepAlive, CancellationToken cancellationToken)
    {
        using var quiet = new CancellationTokenSource(keepAlive.Interval, keepAlive.TimeProvider);
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, quiet.Token);
        try
        {
            return await subscription.Reader.WaitToReadAsync(wait.Token) ? FeedWait.Events : FeedWait.Ended;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return FeedWait.Quiet;
        }
        catch (OperationCanceledException)
        {
            return FeedWait.Ended;
        }
    }

    private readonly record struct KeepAlive(TimeSpan Interval, TimeProvider TimeProvider);

    private enum FeedWait
    {
        Events,
        Quiet,
        Ended,
    }
}
