using CobBot.Email;
using MimeKit;

namespace CobBot.Tests.Email;

/// <summary>A transport that signals when a send starts and finishes it only when released.</summary>
internal sealed class GatedTransport : IMailTransport
{
    private int _sends;

    public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    public int Sends => _sends;

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _sends);
        Entered.TrySetResult();
        await Release.Task.WaitAsync(cancellationToken);
    }
}
