using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CobBot.Framework.Backplane;

/// <summary>
/// The backplane of a single instance: messages go to this process's subscribers only. The default; also the local
/// half of the database-backed backplanes. A subscriber that throws is logged and does not stop the others.
/// </summary>
public sealed class InProcessBackplane(ILogger<InProcessBackplane>? logger = null) : IBackplane
{
    private readonly ConcurrentDictionary<string, ImmutableArray<Action<string>>> _handlers = new(StringComparer.Ordinal);
    private readonly ILogger _logger = logger ?? NullLogger<InProcessBackplane>.Instance;

    /// <inheritdoc />
    public void Publish(string topic, string message)
    {
        ArgumentException.ThrowIfNullOrEmpty(topic);
        ArgumentNullException.ThrowIfNull(message);
        if (!_handlers.TryGetValue(topic, out var handlers)) return;
        foreach (var handler in handlers)
        {
            try
            {
                handler(message);
            }
            catch (Exception exception)
            {
                BackplaneLog.SubscriberFailed(_logger, exception, topic);
            }
        }
    }

    /// <inheritdoc />
    public IDisposable Subscribe(string topic, Action<string> handler)
    {
        ArgumentException.ThrowIfNullOrEmpty(topic);
        ArgumentNullException.ThrowIfNull(handler);
        _handlers.AddOrUpdate(topic, [handler], (_, existing) => existing.Add(handler));
        return new Subscription(this, topic, handler);
    }

    private void Unsubscribe(string topic, Action<string> handler) =>
        _handlers.AddOrUpdate(topic, [], (_, existing) => existing.Remove(handler));

    private sealed class Subscription(InProcessBackplane owner, string topic, Action<string> handler) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0) owner.Unsubscribe(topic, handler);
        }
    }
}
