using System.Text;
using MimeKit;

namespace CobBot.Email.Persistence;

/// <summary>
/// An email waiting to be delivered, written in the same transaction as the change it reports. It holds the
/// finished MIME text (with its Message-ID), so every attempt sends exactly the same message.
/// </summary>
public sealed class OutboxMessage
{
    public Guid Id { get; set; }

    /// <summary>The Message-ID inside <see cref="Mime"/>; unique.</summary>
    public required string MessageId { get; set; }

    /// <summary>The serialized message (7-bit clean).</summary>
    public required string Mime { get; set; }

    public DateTime CreatedUtc { get; set; }

    /// <summary>Delivery attempts so far, successful or not.</summary>
    public int Attempts { get; set; }

    /// <summary>When the next attempt is due; null once sent or given up.</summary>
    public DateTime? NextAttemptUtc { get; set; }

    public DateTime? SentUtc { get; set; }

    /// <summary>What went wrong last time: an error kind and SMTP status, never message text (it can hold addresses).</summary>
    public string? LastError { get; set; }

    /// <summary>A message due now. Gives <paramref name="message"/> a Message-ID if it has none.</summary>
    public static OutboxMessage Create(MimeMessage message, DateTime nowUtc)
    {
        if (string.IsNullOrEmpty(message.MessageId))
            message.MessageId = MimeKit.Utils.MimeUtils.GenerateMessageId();
        message.Prepare(EncodingConstraint.SevenBit);
        using var buffer = new MemoryStream();
        message.WriteTo(buffer);
        return new OutboxMessage
        {
            Id = Guid.NewGuid(),
            MessageId = message.MessageId,
            Mime = Encoding.ASCII.GetString(buffer.GetBuffer(), 0, (int)buffer.Length),
            CreatedUtc = nowUtc,
            NextAttemptUtc = nowUtc,
        };
    }

    /// <summary>Parses <see cref="Mime"/> back into a message.</summary>
    public MimeMessage ToMimeMessage() => MimeMessage.Load(new MemoryStream(Encoding.ASCII.GetBytes(Mime)));
}
