using System.Collections.Concurrent;
using System.Globalization;
using CobBot.Framework.Backplane;
using CobBot.Framework.Schema;

namespace CobBot.Framework.DirectLine;

/// <summary>
/// The open WebSocket streams, at most one per conversation across all instances: a newer stream replaces the older
/// one wherever it is open (a reloaded page takes over; "newer" is the later <see cref="DirectLineStreamSubscription.Id"/>). Appends wake the conversation's stream; ephemeral activities
/// (typing) are handed to it directly, never stored, and go out after exactly the stored activities appended before
/// them. Every signal travels through the <see cref="IBackplane"/>, so a stream open on one instance hears what
/// another instance appended (and, should a signal be lost, the stream's poll still finds it).
/// </summary>
internal sealed class DirectLineStreams : IDisposable
{
    /// <summary>The backplane topic of stream signals.</summary>
    public const string Topic = "directline.streams";

    private const char Appended = 'a';
    private const char Changed = 'c';
    private const char Ephemeral = 'e';
    private const char Opened = 'o';

    private readonly ConcurrentDictionary<string, DirectLineStreamSubscription> _streams = new(StringComparer.Ordinal);
    private readonly IBackplane _backplane;
    private readonly IDisposable _signals;

    public DirectLineStreams(IBackplane backplane)
    {
        _backplane = backplane ?? throw new ArgumentNullException(nameof(backplane));
        _signals = backplane.Subscribe(Topic, OnSignal);
    }

    /// <summary>Makes a new subscription the conversation's stream, ending the previous one here or on another instance.</summary>
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
        Publish(Opened, conversationId, subscription.Id);
        return subscription;
    }

    /// <summary>Tells the conversation's stream that <paramref name="stored"/> was just appended (its id ends in its number).</summary>
    public void NotifyAppended(string conversationId, Activity stored)
    {
        var id = stored.Id ?? "";
        Publish(Appended, conversationId, id[(id.LastIndexOf('|') + 1)..]);
    }

    /// <summary>Tells the conversation's stream that stored activities changed (an update moved one to a new number).</summary>
    public void NotifyChanged(string conversationId) => Publish(Changed, conversationId, "");

    /// <summary>Sends an activity to the conversation's stream only (typing), wherever it is open.</summary>
    public void PublishEphemeral(string conversationId, Activity activity) => Publish(Ephemeral, conversationId, BotJson.Serialize(activity));

    /// <summary>Whether a stream of this conversation is open on this instance.</summary>
    public bool IsOpen(string conversationId) => _streams.ContainsKey(conversationId);

    public void Dispose() => _signals.Dispose();

    internal void Remove(DirectLineStreamSubscription subscription) =>
        _streams.TryRemove(new KeyValuePair<string, DirectLineStreamSubscription>(subscription.ConversationId, subscription));

    private void Publish(char kind, string conversationId, string argument) =>
        _backplane.Publish(Topic, string.Concat([kind], conversationId, "\n", argument));

    /// <summary>A signal from this or another instance: <c>{kind}{conversation id}\n{argument}</c>.</summary>
    private void OnSignal(string signal)
    {
        var newline = signal.IndexOf('\n', StringComparison.Ordinal);
        if (newline < 1 || !_streams.TryGetValue(signal[1..newline], out var subscription)) return;
        var argument = signal.AsSpan(newline + 1);
        switch (signal[0])
        {
            case Appended:
                subscription.PostStored(long.Parse(argument, CultureInfo.InvariantCulture));
                break;
            case Changed:
                subscription.PostStored(long.MaxValue);
                break;
            case Ephemeral when BotJson.Deserialize(argument.ToString()) is { } activity:
                subscription.PostEphemeral(activity);
                break;
            // Only a newer stream replaces this one: two opened on two instances at once hear of each other out of
            // order, and ordering by id keeps exactly one of them open on both.
            case Opened when argument.SequenceCompareTo(subscription.Id) > 0:
                Remove(subscription);
                subscription.Replace();
                break;
        }
    }
}
