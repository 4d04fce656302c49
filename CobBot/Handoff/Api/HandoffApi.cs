using CobBot.Admin;
using CobBot.Handoff.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CobBot.Handoff.Api;

/// <summary>
/// The agent console's REST API under <c>/api/admin</c> (agents and admins): the queue, claim, reply, resolve,
/// admin reassignment and transcripts; plus the live feed (<see cref="HandoffStreamApi"/>) and the console page.
/// Agents see queued escalations and their own; another agent's conversation answers 404.
/// </summary>
public static partial class HandoffApi
{
    private const int MaxMessageLength = ConversationTranscript.MaxTextLength;

    /// <summary>Maps the escalation and transcript endpoints, the live feed and the <c>/agent</c> console page.</summary>
    public static IEndpointRouteBuilder MapHandoffApi(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var admin = endpoints.MapGroup("/api/admin").RequireAuthorization(AdminRoles.AgentPolicy).WithTags("Handoff");
        var escalations = admin.MapGroup("/escalations");
        escalations.MapGet("", ListAsync).WithName("ListEscalations").WithSummary("The queue: queued escalations and the caller's own (all, for admins).");
        escalations.MapPost("/{id:int}/claim", ClaimAsync).WithName("ClaimEscalation").WithSummary("Take a queued conversation; 409 when another agent has it.");
        escalations.MapPost("/{id:int}/messages", ReplyAsync).WithName("SendAgentMessage").WithSummary("Send a message to the customer on their channel.");
        escalations.MapPost("/{id:int}/resolve", ResolveAsync).WithName("ResolveEscalation").WithSummary("Hand the conversation back to the bot, which asks for a rating.");
        escalations.MapPost("/{id:int}/assign", AssignAsync).RequireAuthorization(AdminRoles.AdminPolicy)
            .WithName("AssignEscalation").WithSummary("Admins: give the conversation to an agent.");
        admin.MapGet("/conversations/{id}/transcript", TranscriptAsync).WithName("GetConversationTranscript")
            .WithSummary("What was said, oldest first (the last 'limit' messages, default 200).");
        endpoints.MapHandoffStream();
        endpoints.MapAgentConsole();
        return endpoints;
    }

    private static async Task<Ok<List<EscalationView>>> ListAsync(HttpContext http, EscalationQueue queue, CancellationToken cancellationToken)
    {
        var escalations = await queue.ListActiveAsync(AgentIdentity.From(http.User), cancellationToken);
        var position = 0;
        return TypedResults.Ok(escalations
            .Select(e => EscalationView.From(e, e.Status == EscalationStatus.Queued ? ++position : null))
            .ToList());
    }

    private static async Task<Results<Ok<EscalationView>, ProblemHttpResult>> ClaimAsync(
        int id, HttpContext http, AgentDesk desk, EscalationQueue queue, CancellationToken cancellationToken)
    {
        var result = await desk.ClaimAsync(id, AgentIdentity.From(http.User), cancellationToken);
        return result switch
        {
            ClaimResult.Claimed or ClaimResult.AlreadyYours => TypedResults.Ok(EscalationView.From((await queue.GetAsync(id, cancellationToken))!)),
            ClaimResult.ClaimedByOther => Problem(StatusCodes.Status409Conflict, "Another agent has already claimed this conversation."),
            ClaimResult.Closed => Problem(StatusCodes.Status409Conflict, "The conversation is no longer waiting for an agent."),
            _ => NotFound(),
        };
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> AssignAsync(
        int id, AssignRequest request, AgentDesk desk, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Agent) || request.Agent.Length > 256)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["agent"] = ["Required, at most 256 characters."] });
        return ToResult(await desk.AssignAsync(id, request.Agent.Trim(), cancellationToken));
    }

    private static ProblemHttpResult NotFound() => Problem(StatusCodes.Status404NotFound, "No such escalation.");

    private static ProblemHttpResult Problem(int status, string title) => TypedResults.Problem(title: title, statusCode: status);

    private static Results<NoContent, ValidationProblem, ProblemHttpResult> ToResult(DeskResult result) => result switch
    {
        DeskResult.Done => TypedResults.NoContent(),
        DeskResult.NotClaimed => Problem(StatusCodes.Status409Conflict, "Claim the conversation first."),
        DeskResult.Closed => Problem(StatusCodes.Status409Conflict, "The conversation is no longer active."),
        _ => NotFound(),
    };
}
