using CobBot.Framework.Builder;
using CobBot.Framework.State;

namespace CobBot.Framework.Hosting;

/// <summary>
/// Remembers the last few inbound activity ids of a conversation inside its <see cref="ConversationState"/>,
/// so a redelivered activity (channel retry) is recognised across restarts and instances. The record is
/// saved in the same atomic write as the turn's state, so "processed" and "recorded" cannot diverge.
/// </summary>
internal sealed class ActivityDeduplicator(ConversationState conversationState, int capacity)
{
    private const string PropertyName = "recentActivityIds";
    private readonly IStatePropertyAccessor<List<string>> _recentIds = conversationState.CreateProperty<List<string>>(PropertyName);

    /// <summary>True when the turn's activity id was already processed in this conversation.</summary>
    public async Task<bool> IsDuplicateAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var id = turnContext.Activity.Id;
        if (string.IsNullOrEmpty(id)) return false;
        var recent = await _recentIds.GetAsync(turnContext, cancellationToken: cancellationToken).ConfigureAwait(false);
        return recent?.Contains(id, StringComparer.Ordinal) == true;
    }

    /// <summary>Adds the turn's activity id to the record, dropping the oldest beyond the capacity.</summary>
    public async Task RecordAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var id = turnContext.Activity.Id;
        if (string.IsNullOrEmpty(id)) return;
        // Read again: the error handler may have cleared the state object during the turn.
        var recent = await _recentIds.GetAsync(turnContext, () => [], cancellationToken).ConfigureAwait(false);
        recent.Add(id);
        if (recent.Count > capacity) recent.RemoveRange(0, recent.Count - capacity);
        await _recentIds.SetAsync(turnContext, recent, cancellationToken).ConfigureAwait(false);
    }
}
