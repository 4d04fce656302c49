using CobBot.Framework.Schema;

namespace CobBot.Framework.DirectLine;

/// <summary>
/// Persists Direct Line conversations and their activity logs. Each conversation numbers its activities
/// 1, 2, 3…: the number is the watermark, and the activity id is <c>{conversationId}|{number:D7}</c>.
/// An updated activity keeps its id but moves to a new number, so clients that already passed it see it again.
/// </summary>
public interface IDirectLineStore
{
    /// <summary>Creates the conversation; false (and nothing changed) when it already exists.</summary>
    Task<bool> TryCreateConversationAsync(DirectLineConversation conversation, CancellationToken cancellationToken = default);

    /// <summary>The conversation, or null when it was never started.</summary>
    Task<DirectLineConversation?> GetConversationAsync(string conversationId, CancellationToken cancellationToken = default);

    /// <summary>Records the conversation's user if none is recorded yet; true when this call recorded it.</summary>
    Task<bool> TrySetUserAsync(string conversationId, string userId, string? userName, CancellationToken cancellationToken = default);

    /// <summary>
    /// Appends an activity: assigns its number, id and (if missing) timestamp, stores it and returns the stored copy.
    /// </summary>
    Task<Activity> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken = default);

    /// <summary>Activities numbered after <paramref name="watermark"/>, at most <paramref name="maxCount"/>.</summary>
    Task<DirectLineActivityPage> GetActivitiesAsync(string conversationId, long watermark, int maxCount, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces the activity with <paramref name="activity"/>'s id (keeping its timestamp) and gives it a new number;
    /// null when no such activity exists.
    /// </summary>
    Task<Activity?> ReplaceAsync(string conversationId, Activity activity, CancellationToken cancellationToken = default);

    /// <summary>Removes an activity; false when no such activity exists.</summary>
    Task<bool> DeleteAsync(string conversationId, string activityId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Deletes the conversations whose last activity (or start, when they have none) is before <paramref name="cutoff"/>,
    /// with their logs and uploads; returns how many conversations were deleted.
    /// </summary>
    Task<int> DeleteConversationsIdleSinceAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default);

    /// <summary>Stores an uploaded file.</summary>
    Task SaveUploadAsync(DirectLineUpload upload, CancellationToken cancellationToken = default);

    /// <summary>An uploaded file, or null.</summary>
    Task<DirectLineUpload?> GetUploadAsync(string uploadId, CancellationToken cancellationToken = default);
}
