using System.Collections.Concurrent;
using System.Threading.Channels;

namespace CobBot.Handoff;

/// <summary>
/// Fans <see cref="HandoffEvent"/>s out to the connected agent consoles (in this process). A console that
/// falls behind loses its oldest events; it re-reads the queue on every event, so nothing is missed for long.
/// </summary>
public sealed class HandoffEvents
{
    private const int SubscriberBuffer = 100;
    private readonly ConcurrentDictionary<HandoffSubscription, byte> _subscribers = new();

    /// <summary>Sends <paramref name="handoffEvent"/> to every subscriber.</summary>
    public void Publish(HandoffEvent handoffEvent)
    {
        foreach (var subscriber in _subscribers.Keys) subscriber.Write(handoffEvent);
    }

    /// <summary>Starts receiving events at once; dispose the subscription to stop.</summary>
    public HandoffSubscription Subscribe()
    {
        var channel = Channel.CreateBounded<HandoffEvent>(new BoundedChannelOptions(SubscriberBuffer)
        {
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleReader = true,
        });
        var subscription = new HandoffSubscription(channel, s => _subscribers.TryRemove(s, out _));
        _subscribers.TryAdd(subscription, 0);
        return subscription;
    }
}
