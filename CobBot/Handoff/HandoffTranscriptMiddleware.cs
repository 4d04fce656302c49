using System.Collections.Concurrent;
using CobBot.Framework.Builder;
using CobBot.Framework.Schema;
using CobBot.Handoff.Persistence;

namespace CobBot.Handoff;

/// <summary>
/// Records every conversation's messages, with their real text, in the agent-facing <see cref="ConversationTranscript"/>
/// so an agent who takes over sees what was said. (The framework's <see cref="ITranscriptLogger"/> hook only ever
/// receives redacted copies, so this is a middleware.) The customer's message is written before the bot runs;
/// what the turn sends — bot replies, or an agent's message sent by <see cref="AgentDesk"/> — when the turn ends.
/// A storage failure is logged and never fails the turn.
/// </summary>
public sealed class HandoffTranscriptMiddleware(ConversationTranscript transcript, ILogger<HandoffTranscriptMiddleware> logger) : CobBot.Framework.Builder.IMiddleware
{
    /// <inheritdoc />
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var key = turnContext.Activity.GetConversationKey();
        if (turnContext.Activity.IsType(ActivityTypes.Message) && Describe(turnContext.Activity) is { } inbound)
            await WriteAsync(key, [(TranscriptRole.Customer, null, inbound)], cancellationToken);

        var sent = new ConcurrentQueue<(TranscriptRole, string?, string)>();
        turnContext.OnSendActivities(async (context, activities, nextSend) =>
        {
            var responses = await nextSend();
            var author = context.TurnState.Get<TranscriptAuthor>();
            foreach (var activity in activities.Where(a => a.IsType(ActivityTypes.Message)))
            {
                if (Describe(activity) is { } text) sent.Enqueue((author?.Role ?? TranscriptRole.Bot, author?.AgentName, text));
            }
            return responses;
        });

        try
        {
            await next(cancellationToken);
        }
        finally
        {
            if (!sent.IsEmpty) await WriteAsync(key, sent, cancellationToken);
        }
    }

    /// <summary>The text, or for a card without text the attachments' names or types in brackets.</summary>
    private static string? Describe(Activity activity)
    {
        if (!string.IsNullOrWhiteSpace(activity.Text)) return activity.Text;
        if (activity.Attachments is not { Count: > 0 } attachments) return null;
        return $"[{string.Join(", ", attachments.Select(a => a.Name ?? a.ContentType ?? "attachment"))}]";
    }

    private async Task WriteAsync(string key, IEnumerable<(TranscriptRole, string?, string)> messages, CancellationToken cancellationToken)
    {
        try
        {
            await transcript.AppendAsync(key, messages, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning("Agent transcript entries could not be written: {ExceptionType}", ex.GetType().Name);
        }
    }
}
