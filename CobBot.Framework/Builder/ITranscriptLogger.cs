using CobBot.Framework.Schema;

namespace CobBot.Framework.Builder;

/// <summary>Receives every activity of a conversation, in and out, from <see cref="TranscriptLoggerMiddleware"/>.</summary>
public interface ITranscriptLogger
{
    /// <summary>
    /// Logs one activity. It is a private, already redacted copy (see <see cref="IActivityRedactor"/>);
    /// updates arrive as <c>messageUpdate</c> and deletes as <c>messageDelete</c> activities.
    /// </summary>
    Task LogActivityAsync(Activity activity, CancellationToken cancellationToken = default);

    /// <summary>
    /// False when nothing would be written (e.g. the log level is off): <see cref="TranscriptLoggerMiddleware"/>
    /// then skips copying and redacting the turn's activities. True by default.
    /// </summary>
    bool IsEnabled => true;
}
