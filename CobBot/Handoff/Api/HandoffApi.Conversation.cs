using CobBot.Handoff.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CobBot.Handoff.Api;

public static partial class HandoffApi
{
    private const int DefaultTranscriptLimit = 200;
    private const int MaxTranscriptLimit = 1000;

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> ReplyAsync(
        int id, AgentMessageRequest request, HttpContext http, AgentDesk desk, CancellationToken cancellationToken)
    {
        var text = request.Text?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length > MaxMessageLength)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["text"] = [$"Required, at most {MaxMessageLength} characters."] });
        return ToResult(await desk.ReplyAsync(id, AgentIdentity.From(http.User), text, cancellationToken));
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> ResolveAsync(
        int id, HttpContext http, AgentDesk desk, CancellationToken cancellationToken) =>
        ToResult(await desk.ResolveAsync(id, AgentIdentity.From(http.User), cancellationToken));

    private static async Task<Results<Ok<List<TranscriptEntryView>>, ProblemHttpResult>> TranscriptAsync(
        string id, int? limit, HttpContext http, EscalationQueue queue, ConversationTranscript transcript, CancellationToken cancellationToken)
    {
        var key = ConversationKeys.FromRouteId(id);
        if (key is null || !await queue.MayReadAsync(key, AgentIdentity.From(http.User), cancellationToken))
            return Problem(StatusCodes.Status404NotFound, "No such conversation.");
        var messages = await transcript.ReadAsync(key, Math.Clamp(limit ?? DefaultTranscriptLimit, 1, MaxTranscriptLimit), cancellationToken);
        return TypedResults.Ok(messages.Select(TranscriptEntryView.From).ToList());
    }
}
