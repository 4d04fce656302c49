using System.Collections.Concurrent;
using System.Globalization;
using System.Threading.Channels;
using CobBot.Framework.Backplane;

namespace CobBot.Handoff;

/// <summary>
/// Fans <see cref="HandoffEvent"/>s out to the connected agent consoles of every instance, through the
/// <see cref="IBackplane"/> (ids and the agent's name only). A console that falls behind loses its oldest events; it
/// re-reads the queue on every event, so nothing is missed for long.
/// </summary>
public sealed class HandoffEvents : IDisposable
{
    /// <summary>The backplane topic of handoff events.</summary>
    public const string Topic = "handoff.events";

    private const int SubscriberBuffer = 100;
    private readonly ConcurrentDictionary<HandoffSubscription, byte> _subscribers = new();
    private readonly IBackplane _backplane;
    private readonly IDisposable _signals;

    /// <summary>Listens to the events of every instance on <paramref name="backplane"/>.</summary>
    public HandoffEvents(IBackplane backplane)
    {
        _backplane = backplane ?? throw new ArgumentNullException(nameof(backplane));
        _signals = backplane.Subscribe(Topic, OnSignal);
    }

    /// <summary>Sends <paramref name="handoffEvent"/> to every subscriber, here and on the other instances.</summary>
    public void Publish(HandoffEvent handoffEvent)
    {
        ArgumentNullException.ThrowIfNull(handoffEvent);
        _backplane.Publish(Topic, string.Join('\n', handoffEvent.Kind, handoffEvent.EscalationId.ToString(CultureInfo.InvariantCulture), handoffEvent.AssignedAgent));
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

    /// <inheritdoc />
    public void Dispose() => _signals.Dispose();

    /// <summary>An event from this or another instance: kind, escalation id and assigned agent (empty: none), one a line.</summary>
    private void OnSignal(string signal)
    {
        var parts = signal.Split('\n');
        if (parts.Length != 3 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id)) return;
        var handoffEvent = new HandoffEvent(parts[0], id, parts[2].Length == 0 ? null : parts[2]);
        foreach (var subscriber in _subscribers.Keys) subscriber.Write(handoffEvent);
    }
}
