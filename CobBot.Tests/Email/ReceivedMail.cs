using System.Text;
using Ical.Net;
using Ical.Net.CalendarComponents;
using MimeKit;

namespace CobBot.Tests.Email;

/// <summary>Reads a sent message back: its bodies and its iCalendar part.</summary>
internal sealed class ReceivedMail
{
    private ReceivedMail(MimeMessage message)
    {
        Message = message;
        var calendarPart = message.BodyParts.OfType<TextPart>().Single(p => p.ContentType.MimeType == "text/calendar");
        CalendarMethodParameter = calendarPart.ContentType.Parameters["method"] ?? "";
        IcsText = calendarPart.Text ?? "";
        Calendar = Ical.Net.Calendar.Load(IcsText) ?? throw new InvalidOperationException("No calendar.");
        Attachment = message.Attachments.OfType<MimePart>().Single();
    }

    public MimeMessage Message { get; }
    public string CalendarMethodParameter { get; }
    public string IcsText { get; }
    public Calendar Calendar { get; }
    public CalendarEvent Event => Calendar.Events.Single();
    public MimePart Attachment { get; }
    public string Html => Message.HtmlBody ?? "";
    public string Text => Message.TextBody ?? "";

    public static ReceivedMail Parse(string mime) => new(MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(mime))));

    public static ReceivedMail Load(string path) => new(MimeMessage.Load(path));
}
