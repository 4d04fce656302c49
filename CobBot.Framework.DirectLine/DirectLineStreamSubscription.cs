using System.Globalization;
using System.Threading.Channels;
using CobBot.Framework.Schema;

namespace CobBot.Framework.DirectLine;

/// <summary>
/// One open stream's mailbox of <see cref="DirectLineStreamSignal"/>s, in the order things happened: an ephemeral
/// activity is bounded by the last append notified before it, so it overtakes nothing stored before it and nothing
/// stored after it overtakes it. <see cref="Replaced"/> is cancelled when a newer stream of the same conversation takes over.
/// </summary>
internal sealed class DirectLineStreamSubscription(DirectLineStreams owner, string conversationId) : IDisposable
{
    private readonly Channel<DirectLineStreamSignal> _mailbox = Channel.CreateBounded<DirectLineStreamSignal>(new BoundedChannelOptions(256)
    {
        FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true,
    });
    private readonly CancellationTokenSource _replaced = new();
    private static long _lastOpeningTicks;

    private readonly Lock _posting = new();
    private long _lastStored;

    public string ConversationId => conversationId;

    /// <summary>
    /// Identifies the stream across instances and orders streams by when they opened: the opening time in UTC ticks
    /// (strictly increasing within a process), then a random part, so every instance agrees which of two is the newer.
    /// </summary>
    public string Id { get; } = string.Create(CultureInfo.InvariantCulture, $"{NextOpeningTicks():D19}{Guid.NewGuid():N}");

    public CancellationToken Replaced => _replaced.Token;

    public ChannelReader<DirectLineStreamSignal> Mailbox => _mailbox.Reader;

    public void PostStored(long number)
    {
        lock (_posting)
        {
            if (number != long.MaxValue) _lastStored = Math.Max(_lastStored, number);
            _mailbox.Writer.TryWrite(new DirectLineStreamSignal(number, null));
        }
    }

    public void PostEphemeral(Activity activity)
    {
        lock (_posting) _mailbox.Writer.TryWrite(new DirectLineStreamSignal(_lastStored, activity));
    }

    public void Replace()
    {
        try
        {
            _replaced.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The stream already ended on its own.
        }
    }

    public void Dispose()
    {
        owner.Remove(this);
        _mailbox.Writer.TryComplete();
        _replaced.Dispose();
    }

    private static long NextOpeningTicks()
    {
        var now = DateTime.UtcNow.Ticks;
        while (true)
        {
            var last = Volatile.Read(ref _lastOpeningTicks);
            var next = Math.Max(now, last + 1);
            if (Interlocked.CompareExchange(ref _lastOpeningTicks, next, last) == last) return next;
        }
    }
}
