using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;

namespace CobBot.Tests.Framework.Connector;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that reports each timer it creates, so a test can advance the clock exactly when
/// the retry delay it expects has been scheduled (no real waiting, no races).
/// </summary>
internal sealed class TestTimeProvider : FakeTimeProvider
{
    private static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(20);
    private readonly Channel<TimeSpan> created = Channel.CreateUnbounded<TimeSpan>();

    public TestTimeProvider() : base(new DateTimeOffset(2025, 6, 10, 16, 0, 0, TimeSpan.Zero))
    {
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        created.Writer.TryWrite(dueTime);
        return timer;
    }

    /// <summary>Waits for the next timer whose due time matches (timeouts also create timers; they are skipped).</summary>
    public async Task<TimeSpan> WaitForTimerAsync(Func<TimeSpan, bool> match, CancellationToken cancellationToken = default)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(WaitLimit);
        var skipped = new List<TimeSpan>();
        try
        {
            while (true)
            {
                var dueTime = await created.Reader.ReadAsync(limit.Token);
                if (match(dueTime))
                {
                    return dueTime;
                }
                skipped.Add(dueTime);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"No matching timer was scheduled; other timers: [{string.Join(", ", skipped)}].");
        }
    }

    /// <summary>Advances through each retry delay (timers shorter than the attempt timeout) until <paramref name="call"/> ends.</summary>
    public async Task<IReadOnlyList<TimeSpan>> AdvanceThroughRetriesAsync(Task call)
    {
        var delays = new List<TimeSpan>();
        while (true)
        {
            using var stop = new CancellationTokenSource();
            var nextDelay = WaitForTimerAsync(IsRetryDelay, stop.Token);
            if (await Task.WhenAny(call, nextDelay) == call)
            {
                await stop.CancelAsync();
                await Task.WhenAny(nextDelay);
                return delays;
            }
            var delay = await nextDelay;
            delays.Add(delay);
            Advance(delay);
        }
    }

    private static bool IsRetryDelay(TimeSpan dueTime) => dueTime > TimeSpan.Zero && dueTime < TimeSpan.FromSeconds(10);
}
