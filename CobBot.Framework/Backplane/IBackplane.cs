namespace CobBot.Framework.Backplane;

/// <summary>
/// Signals between the instances of one bot (the scale-out "backplane" of SignalR's vocabulary): a message published
/// on a topic reaches that topic's subscribers in this process at once and in every other instance shortly after.
/// Signals say that something changed (ids only), never the content: receivers re-read the shared store. Delivery to
/// other instances is best effort (an instance that is reconnecting misses what was sent meanwhile), so receivers
/// keep a slower fallback such as a poll.
/// </summary>
public interface IBackplane
{
    /// <summary>Delivers <paramref name="message"/> to this process's subscribers of <paramref name="topic"/> now, and queues it for the other instances.</summary>
    void Publish(string topic, string message);

    /// <summary>Calls <paramref name="handler"/> with every message of <paramref name="topic"/> until the returned subscription is disposed.</summary>
    IDisposable Subscribe(string topic, Action<string> handler);
}
