using CobBot.Framework.Builder;
using CobBot.Framework.Schema;
using CobBot.Framework.State;

namespace CobBot.Framework.Hosting;

/// <summary>
/// Remembers the last few inbound activity ids of a conversation inside its <see cref="ConversationState"/>,
/// so a redelivered activity (channel retry) is recognised across restarts and instances. The record is
/// saved in the same atomic write as the turn's state, so "processed" and "recorded" cannot diverge.
/// For the few latest turns whose caller reads the answer from the HTTP response (expectReplies, invoke), the answer
/// is kept too, so a client that retries after losing the response gets the same answer again.
/// </summary>
internal sealed class ActivityDeduplicator(ConversationState conversationState, int capacity, int responseCapacity)
{
    private readonly IStatePropertyAccessor<List<string>> _recentIds = conversationState.CreateProperty<List<string>>("recentActivityIds");
    private readonly IStatePropertyAccessor<List<RecordedResponse>> _responses = conversationState.CreateProperty<List<RecordedResponse>>("recentResponses");

    /// <summary>True when the turn's activity id was already processed in this conversation.</summary>
    public async Task<bool> IsDuplicateAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var id = turnContext.Activity.Id;
        if (string.IsNullOrEmpty(id)) return false;
        var recent = await _recentIds.GetAsync(turnContext, cancellationToken: cancellationToken).ConfigureAwait(false);
        return recent?.Contains(id, StringComparer.Ordinal) == true;
    }

    /// <summary>
    /// The answer the first delivery of a redelivered activity got: the kept one, or — when it is no longer kept — an
    /// empty <c>{"activities":[]}</c> for expectReplies (the replies were delivered once; the turn is not run again)
    /// and null otherwise.
    /// </summary>
    public async Task<InvokeResponse?> RecordedResponseAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var id = turnContext.Activity.Id;
        var kept = await _responses.GetAsync(turnContext, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (kept?.FindLast(r => r.ActivityId == id) is { } recorded) return new InvokeResponse(recorded.Status, recorded.Body?.DeepClone());
        return turnContext.Activity.DeliveryMode == DeliveryModes.ExpectReplies ? TurnOutbox.EmptyExpectedReplies() : null;
    }

    /// <summary>
    /// Adds the turn's activity id to the record, and its <paramref name="response"/> when there is one, dropping the
    /// oldest beyond the capacities.
    /// </summary>
    public async Task RecordAsync(ITurnContext turnContext, InvokeResponse? response, CancellationToken cancellationToken)
    {
        var id = turnContext.Activity.Id;
        if (string.IsNullOrEmpty(id)) return;
        // Read again: the error handler may have cleared the state object during the turn.
        var recent = await _recentIds.GetAsync(turnContext, () => [], cancellationToken).ConfigureAwait(false);
        Append(recent, id, capacity);
        await _recentIds.SetAsync(turnContext, recent, cancellationToken).ConfigureAwait(false);
        if (response is null || responseCapacity == 0) return;
        var responses = await _responses.GetAsync(turnContext, () => [], cancellationToken).ConfigureAwait(false);
        Append(responses, new RecordedResponse(id, response.Status, response.Body?.DeepClone()), responseCapacity);
        await _responses.SetAsync(turnContext, responses, cancellationToken).ConfigureAwait(false);
    }

    private static void Append<T>(List<T> items, T item, int max)
    {
        items.Add(item);
        if (items.Count > max) items.RemoveRange(0, items.Count - max);
    }
}
