using System.Threading.Channels;

namespace CobBot.Handoff;

/// <summary>One console's feed of <see cref="HandoffEvent"/>s; disposing it unsubscribes.</summary>
public sealed class HandoffSubscription : IDisposable
{
    private readonly Channel<HandoffEvent> _channel;
    private readonly Action<HandoffSubscription> _unsubscribe;

    internal HandoffSubscription(Channel<HandoffEvent> channel, Action<HandoffSubscription> unsubscribe)
    {
        _channel = channel;
        _unsubscribe = unsubscribe;
    }

    /// <summary>The events, in publication order.</summary>
    public ChannelReader<HandoffEvent> Reader => _channel.Reader;

    internal void Write(HandoffEvent handoffEvent) => _channel.Writer.TryWrite(handoffEvent);

    /// <inheritdoc />
    public void Dispose()
    {
        _unsubscribe(this);
        _channel.Writer.TryComplete();
    }
}
