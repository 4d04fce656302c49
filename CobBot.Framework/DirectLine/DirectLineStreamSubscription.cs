using System.Threading.Channels;
using CobBot.Framework.Schema;

namespace CobBot.Framework.DirectLine;

/// <summary>
/// One open stream's mailbox: null entries mean "look in the store", activities are ephemeral ones to forward.
/// <see cref="Replaced"/> is cancelled when a newer stream of the same conversation takes over.
/// </summary>
internal sealed class DirectLineStreamSubscription(DirectLineStreams owner, string conversationId) : IDisposable
{
    private readonly Channel<Activity?> _mailbox = Channel.CreateBounded<Activity?>(new BoundedChannelOptions(256)
    {
        FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true,
    });
    private readonly CancellationTokenSource _replaced = new();

    public string ConversationId => conversationId;

    public CancellationToken Replaced => _replaced.Token;

    public ChannelReader<Activity?> Mailbox => _mailbox.Reader;

    public void Post(Activity? activity) => _mailbox.Writer.TryWrite(activity);

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
}
