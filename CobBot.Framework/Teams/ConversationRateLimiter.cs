namespace CobBot.Framework.Teams;

/// <summary>
/// A window of send permits per conversation, renewed by a timer on the injected <see cref="TimeProvider"/>; sends
/// beyond it wait in order for the next renewal. (The System.Threading.RateLimiting limiters measure elapsed time
/// with the real clock even when replenished by hand, so they cannot follow a <see cref="TimeProvider"/>.) A
/// conversation that sent nothing during a whole window is forgotten, so quiet conversations cost nothing.
/// </summary>
public sealed class ConversationRateLimiter : IDisposable
{
    private readonly Dictionary<string, Window> _windows = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly TeamsRateLimitOptions _options;
    private readonly ITimer _timer;

    /// <summary>Creates the limiter and starts its renewal timer.</summary>
    public ConversationRateLimiter(Microsoft.Extensions.Options.IOptions<TeamsRateLimitOptions> options, TimeProvider timeProvider)
    {
        _options = options?.Value ?? throw new ArgumentNullException(nameof(options));
        ArgumentNullException.ThrowIfNull(timeProvider);
        if (_options.PermitsPerPeriod < 1 || _options.Period <= TimeSpan.Zero || _options.QueueLimit < 0)
            throw new ArgumentOutOfRangeException(nameof(options), "Teams rate limit: permits ≥ 1, a positive period and a queue limit ≥ 0 are required.");
        _timer = timeProvider.CreateTimer(_ => Renew(), null, _options.Period, _options.Period);
    }

    /// <summary>Conversations the limiter currently tracks.</summary>
    public int ActiveConversations
    {
        get { lock (_gate) return _windows.Count; }
    }

    /// <summary>
    /// Completes with true when <paramref name="conversationId"/> may send (now, or after waiting for a renewal),
    /// or false at once when too many sends already wait.
    /// </summary>
    public Task<bool> AcquireAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        TaskCompletionSource<bool> waiter;
        lock (_gate)
        {
            if (!_windows.TryGetValue(conversationId, out var window))
                _windows[conversationId] = window = new Window(_options.PermitsPerPeriod);
            window.Used = true;
            if (window.Waiting.Count == 0 && window.Available > 0)
            {
                window.Available--;
                return Task.FromResult(true);
            }
            if (window.Waiting.Count >= _options.QueueLimit) return Task.FromResult(false);
            waiter = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            window.Waiting.Enqueue(waiter);
        }
        if (cancellationToken.CanBeCanceled)
        {
            var registration = cancellationToken.Register(() => waiter.TrySetCanceled(cancellationToken));
            waiter.Task.ContinueWith(_ => registration.Dispose(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
        return waiter.Task;
    }

    /// <summary>Stops the renewal timer and cancels waiting sends.</summary>
    public void Dispose()
    {
        _timer.Dispose();
        lock (_gate)
        {
            foreach (var window in _windows.Values)
                while (window.Waiting.TryDequeue(out var waiter)) waiter.TrySetCanceled();
            _windows.Clear();
        }
    }

    private void Renew()
    {
        lock (_gate)
        {
            foreach (var (conversationId, window) in _windows.ToList())
            {
                if (!window.Used && window.Waiting.Count == 0)
                {
                    _windows.Remove(conversationId);
                    continue;
                }
                window.Used = false;
                window.Available = _options.PermitsPerPeriod;
                while (window.Available > 0 && window.Waiting.TryDequeue(out var waiter))
                {
                    // A cancelled waiter gives its place to the next one.
                    if (waiter.TrySetResult(true))
                    {
                        window.Available--;
                        window.Used = true;
                    }
                }
            }
        }
    }

    private sealed class Window(int permits)
    {
        public int Available { get; set; } = permits;
        public bool Used { get; set; }
        public Queue<TaskCompletionSource<bool>> Waiting { get; } = new();
    }
}
