using System.Collections.Concurrent;
using System.Globalization;
using CobBot.Framework.Schema;

namespace CobBot.Framework.DirectLine;

/// <summary>
/// The open WebSocket streams of this instance, at most one per conversation: a newer stream replaces the older
/// one (a reloaded page takes over). Appends wake the conversation's stream; ephemeral activities (typing) are
/// handed to it directly, never stored, and go out after exactly the stored activities appended before them.
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

    /// <summary>Tells the conversation's stream that <paramref name="stored"/> was just appended (its id ends in its number).</summary>
    public void NotifyAppended(string conversationId, Activity stored)
    {
        var id = stored.Id ?? "";
        var number = long.Parse(id.AsSpan(id.LastIndexOf('|') + 1), CultureInfo.InvariantCulture);
        if (_streams.TryGetValue(conversationId, out var subscription)) subscription.PostStored(number);
    }

    /// <summary>Tells the conversation's stream that stored activities changed (an update moved one to a new number).</summary>
    public void NotifyChanged(string conversationId)
    {
        if (_streams.TryGetValue(conversationId, out var subscription)) subscription.PostStored(long.MaxValue);
    }

    /// <summary>Sends an activity to the conversation's stream only (typing); false when no stream is open here.</summary>
    public bool PublishEphemeral(string conversationId, Activity activity)
    {
        if (!_streams.TryGetValue(conversationId, out var subscription)) return false;
        subscription.PostEphemeral(activity);
        return true;
    }

    /// <summary>Whether a stream of this conversation is open on this instance.</summary>
    public bool IsOpen(string conversationId) => _streams.ContainsKey(conversationId);

    internal void Remove(DirectLineStreamSubscription subscription) =>
        _streams.TryRemove(new KeyValuePair<string, DirectLineStreamSubscription>(subscription.ConversationId, subscription));
}
