using System.Collections.Concurrent;
using CobBot.Framework.Schema;

namespace CobBot.Framework.DirectLine;

/// <summary>
/// The open WebSocket streams of this instance, at most one per conversation: a newer stream replaces the older
/// one (a reloaded page takes over). Appends wake the conversation's stream; ephemeral activities (typing) are
/// handed to it directly and never stored.
/// </summary>
internal sealed class DirectLineStreams
{
    private readonly ConcurrentDictionary<string, DirectLineStreamSubscription> _streams = new(StringComparer.Ordinal);

    /// <summary>Makes a new subscription the conversation's stream, ending the previous one.</summary>
    public DirectLineStreamSubscription Subscribe(string conversationId)
    {
        var subscription = new DirectLineStreamSubscription(this, conversationId);
        DirectLineStreamSubscription? previous = null;
        _streams.AddOrUpdate(conversationId, subscription, (_, existing) =>
        {
            previous = existing;
            return subscription;
        });
        previous?.Replace();
        return subscription;
    }

    /// <summary>Tells the conversation's stream that new activities are stored.</summary>
    public void NotifyAppended(string conversationId)
    {
        if (_streams.TryGetValue(conversationId, out var subscription)) subscription.Post(null);
    }

    /// <summary>Sends an activity to the conversation's stream only (typing); false when no stream is open here.</summary>
    public bool PublishEphemeral(string conversationId, Activity activity)
    {
        if (!_streams.TryGetValue(conversationId, out var subscription)) return false;
        subscription.Post(activity);
        return true;
    }

    /// <summary>Whether a stream of this conversation is open on this instance.</summary>
    public bool IsOpen(string conversationId) => _streams.ContainsKey(conversationId);

    internal void Remove(DirectLineStreamSubscription subscription) =>
        _streams.TryRemove(new KeyValuePair<string, DirectLineStreamSubscription>(subscription.ConversationId, subscription));
}
