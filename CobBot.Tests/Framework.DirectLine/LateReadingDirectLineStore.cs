using CobBot.Framework.DirectLine;
using CobBot.Framework.Schema;

namespace CobBot.Tests.Framework.DirectLine;

/// <summary>
/// A Direct Line store whose log reads, once <see cref="HoldReadsUntilStored"/> is called, wait until an activity
/// with the given text has been appended: a stream that reads the log late, after the bot has already moved on.
/// </summary>
internal sealed class LateReadingDirectLineStore(IDirectLineStore inner) : IDirectLineStore
{
    private volatile string? _awaitedText;
    private readonly TaskCompletionSource _stored = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void HoldReadsUntilStored(string text) => _awaitedText = text;

    public async Task<DirectLineActivityPage> GetActivitiesAsync(string conversationId, long watermark, int maxCount, CancellationToken cancellationToken = default)
    {
        if (_awaitedText is not null) await _stored.Task.WaitAsync(cancellationToken);
        return await inner.GetActivitiesAsync(conversationId, watermark, maxCount, cancellationToken);
    }

    public async Task<Activity> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken = default)
    {
        var stored = await inner.AppendAsync(conversationId, activity, cancellationToken);
        if (_awaitedText is { } text && stored.Text == text) _stored.TrySetResult();
        return stored;
    }

    public Task<bool> TryCreateConversationAsync(DirectLineConversation conversation, CancellationToken cancellationToken = default) =>
        inner.TryCreateConversationAsync(conversation, cancellationToken);

    public Task<DirectLineConversation?> GetConversationAsync(string conversationId, CancellationToken cancellationToken = default) =>
        inner.GetConversationAsync(conversationId, cancellationToken);

    public Task<bool> TrySetUserAsync(string conversationId, string userId, string? userName, CancellationToken cancellationToken = default) =>
        inner.TrySetUserAsync(conversationId, userId, userName, cancellationToken);

    public Task<Activity?> ReplaceAsync(string conversationId, Activity activity, CancellationToken cancellationToken = default) =>
        inner.ReplaceAsync(conversationId, activity, cancellationToken);

    public Task<bool> DeleteAsync(string conversationId, string activityId, CancellationToken cancellationToken = default) =>
        inner.DeleteAsync(conversationId, activityId, cancellationToken);

    public Task<int> DeleteConversationsIdleSinceAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default) =>
        inner.DeleteConversationsIdleSinceAsync(cutoff, cancellationToken);

    public Task SaveUploadAsync(DirectLineUpload upload, CancellationToken cancellationToken = default) => inner.SaveUploadAsync(upload, cancellationToken);

    public Task<DirectLineUpload?> GetUploadAsync(string uploadId, CancellationToken cancellationToken = default) => inner.GetUploadAsync(uploadId, cancellationToken);
}
