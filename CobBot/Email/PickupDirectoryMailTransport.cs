using MimeKit;

namespace CobBot.Email;

/// <summary>
/// Writes each message as <c>{Message-ID}.eml</c> into a folder (the default when no SMTP relay is configured).
/// The name comes from the stable Message-ID, so a repeated delivery replaces the file instead of adding one.
/// </summary>
public sealed class PickupDirectoryMailTransport(string directory) : IMailTransport
{
    /// <summary>The folder written to.</summary>
    public string Directory { get; } = directory;

    /// <inheritdoc />
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken = default)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var name = string.Concat((message.MessageId ?? MimeKit.Utils.MimeUtils.GenerateMessageId())
            .Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_'));
        var path = Path.Combine(Directory, name + ".eml");
        var temporary = path + ".tmp";
        await message.WriteToAsync(temporary, cancellationToken);
        // Readers of the folder never see a half-written file.
        File.Move(temporary, path, overwrite: true);
    }
}
