using MimeKit;

namespace CobBot.Email;

/// <summary>Hands a finished message to the outside world (an SMTP relay or a pickup folder).</summary>
public interface IMailTransport
{
    /// <summary>Delivers <paramref name="message"/>; throws when it could not.</summary>
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken = default);
}
