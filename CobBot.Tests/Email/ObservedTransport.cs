using System.Threading.Channels;
using CobBot.Email;
using MimeKit;

namespace CobBot.Tests.Email;

/// <summary>Passes sends to <paramref name="inner"/> and reports each attempt's outcome (true = sent).</summary>
internal sealed class ObservedTransport(IMailTransport inner, ChannelWriter<bool> outcomes) : IMailTransport
{
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken = default)
    {
        try
        {
            await inner.SendAsync(message, cancellationToken);
            outcomes.TryWrite(true);
        }
        catch
        {
            outcomes.TryWrite(false);
            throw;
        }
    }
}
