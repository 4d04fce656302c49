using CobBot.Analytics.Persistence;
using CobBot.Data;
using CobBot.Framework.Builder;
using CobBot.Recognition;
using Microsoft.EntityFrameworkCore;

namespace CobBot.Analytics;

/// <summary>
/// Records each recognized turn as a <see cref="TurnRecord"/> (no PHI). Recording never fails a turn: a storage error
/// is logged and the customer still gets the answer. A turn re-run after a state conflict is recorded once. Records of
/// concurrent turns are committed together (<see cref="BatchedDbWriter"/>).
/// </summary>
public sealed partial class TurnAnalytics(BatchedDbWriter writer, TimeProvider timeProvider, ILogger<TurnAnalytics> logger)
{
    /// <summary>Stores <paramref name="recognized"/> for the turn of <paramref name="turnContext"/>.</summary>
    public async Task RecordAsync(ITurnContext turnContext, RecognizerResult recognized, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(recognized);
        var activity = turnContext.Activity;
        var conversationKey = activity.GetConversationKey();
        var record = new TurnRecord
        {
            TurnKeyHash = ConversationKey.Hash($"{conversationKey}/{activity.Id ?? Guid.NewGuid().ToString("N")}"),
            ConversationKeyHash = ConversationKey.Hash(conversationKey),
            Channel = activity.ChannelId!,
            Intent = recognized.Intent,
            Score = recognized.Score,
            Sentiment = recognized.Sentiment,
            Recognizer = recognized.Source,
            OccurredAt = timeProvider.GetUtcNow(),
        };

        try
        {
            await writer.InsertAsync([record], cancellationToken);
        }
        catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
        {
            // The unique TurnKeyHash: this turn was already recorded by an earlier attempt.
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFailed(ex.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Turn analytics could not be recorded ({ExceptionType}).")]
    private partial void LogFailed(string exceptionType);
}
