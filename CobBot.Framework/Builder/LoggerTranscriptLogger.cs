using CobBot.Framework.Schema;
using Microsoft.Extensions.Logging;

namespace CobBot.Framework.Builder;

/// <summary>
/// Writes the transcript to <see cref="ILogger"/>, one line per activity. It logs ids, type, role and the
/// text of the copy it is given, which <see cref="TranscriptLoggerMiddleware"/> has already redacted.
/// </summary>
public sealed class LoggerTranscriptLogger(ILogger<LoggerTranscriptLogger> logger) : ITranscriptLogger
{
    /// <summary>True when the logger writes <see cref="LogLevel.Information"/>, the level transcript lines use.</summary>
    public bool IsEnabled => logger.IsEnabled(LogLevel.Information);

    /// <inheritdoc/>
    public Task LogActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        logger.LogInformation("Transcript {ChannelId}/{ConversationId} {Role} {ActivityType} {ActivityId} (reply to {ReplyToId}): {Text}",
            activity.ChannelId, activity.Conversation?.Id, activity.From?.Role, activity.Type, activity.Id, activity.ReplyToId, activity.Text);
        return Task.CompletedTask;
    }
}
