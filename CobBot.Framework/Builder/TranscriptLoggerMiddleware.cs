using System.Collections.Concurrent;
using CobBot.Framework.Schema;
using Microsoft.Extensions.Logging;

namespace CobBot.Framework.Builder;

/// <summary>
/// Logs every activity of a turn — the incoming one, everything sent (typing and traces included), updates
/// as <c>messageUpdate</c> and deletes as <c>messageDelete</c> — to an <see cref="ITranscriptLogger"/>.
/// Each entry is a deep copy passed through the <see cref="IActivityRedactor"/> first, so PHI never reaches
/// the logger. Entries are written when the turn's pipeline ends; a logging failure never fails the turn.
/// When the logger is not <see cref="ITranscriptLogger.IsEnabled"/>, the turn passes through untouched.
/// </summary>
public sealed class TranscriptLoggerMiddleware(
    ITranscriptLogger transcriptLogger,
    IActivityRedactor redactor,
    TimeProvider timeProvider,
    ILogger<TranscriptLoggerMiddleware> logger) : IMiddleware
{
    /// <inheritdoc/>
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        if (!transcriptLogger.IsEnabled)
        {
            await next(cancellationToken).ConfigureAwait(false);
            return;
        }

        var entries = new ConcurrentQueue<Activity>();
        entries.Enqueue(RedactedCopy(turnContext.Activity, RoleTypes.User));

        turnContext.OnSendActivities(async (_, activities, nextSend) =>
        {
            var responses = await nextSend().ConfigureAwait(false);
            for (var i = 0; i < activities.Count; i++)
            {
                var entry = RedactedCopy(activities[i], RoleTypes.Bot);
                entry.Id ??= i < responses.Length ? responses[i].Id : null;
                entries.Enqueue(entry);
            }
            return responses;
        });
        turnContext.OnUpdateActivity(async (_, activity, nextUpdate) =>
        {
            var response = await nextUpdate().ConfigureAwait(false);
            var entry = RedactedCopy(activity, RoleTypes.Bot);
            entry.Type = ActivityTypes.MessageUpdate;
            entries.Enqueue(entry);
            return response;
        });
        turnContext.OnDeleteActivity(async (_, reference, nextDelete) =>
        {
            await nextDelete().ConfigureAwait(false);
            var deleted = new Activity { Type = ActivityTypes.MessageDelete, Id = reference.ActivityId }
                .ApplyConversationReference(reference, isIncoming: false);
            entries.Enqueue(RedactedCopy(deleted, RoleTypes.Bot));
        });

        try
        {
            await next(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await WriteAsync(entries, cancellationToken).ConfigureAwait(false);
        }
    }

    private Activity RedactedCopy(Activity activity, string senderRole)
    {
        var copy = activity.DeepClone();
        if (copy.From is { Role: null } from) from.Role = senderRole;
        copy.Timestamp ??= timeProvider.GetUtcNow();
        redactor.Redact(copy);
        return copy;
    }

    private async Task WriteAsync(ConcurrentQueue<Activity> entries, CancellationToken cancellationToken)
    {
        while (entries.TryDequeue(out var entry))
        {
            try
            {
                await transcriptLogger.LogActivityAsync(entry, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                logger.LogWarning("A transcript entry could not be written: {Failure}", ExceptionText.Describe(ex));
            }
        }
    }
}
