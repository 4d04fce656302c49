using CobBot.Company;
using System.Text;
using CobBot.Email;
using CobBot.Scheduling.Catalog;
using CobBot.Scheduling.Persistence;
using Microsoft.Extensions.Options;
using MimeKit;

namespace CobBot.Scheduling.Notifications;

/// <summary>
/// Writes the confirmation, update and cancellation emails: HTML and text bodies plus the iCalendar invite
/// (inline <c>text/calendar</c> for calendar clients and an <c>invite.ics</c> attachment). Times are shown in the
/// customer's zone when known, the business zone otherwise.
/// </summary>
internal sealed class AppointmentEmailComposer(
    IOptionsMonitor<EmailOptions> emailOptions,
    IOptionsMonitor<SchedulingOptions> schedulingOptions,
    IOptionsMonitor<CompanyOptions> companyOptions,
    SchedulingCatalog catalog,
    SchedulingTimeZones zones,
    TimeProvider timeProvider)
{
    /// <summary>The email of <paramref name="kind"/> for <paramref name="appointment"/> as it is now.</summary>
    /// <param name="appointment">The appointment after the change.</param>
    /// <param name="kind">What happened.</param>
    /// <param name="previousStartUtc">The old start of a rescheduled appointment.</param>
    public MimeMessage Compose(Appointment appointment, AppointmentEmailKind kind, DateTime? previousStartUtc = null)
    {
        var settings = schedulingOptions.CurrentValue;
        var company = companyOptions.CurrentValue;
        var organizer = MailboxAddress.Parse(emailOptions.CurrentValue.From);
        var domain = organizer.Domain;
        var zone = zones.Resolve(appointment.CustomerTimeZone);
        var start = new DateTimeOffset(appointment.StartUtc);
        var end = new DateTimeOffset(appointment.EndUtc);
        var values = new Dictionary<string, string>
        {
            ["name"] = appointment.CustomerName,
            ["service"] = appointment.Service,
            ["company"] = company.Name,
            ["phone"] = company.Phone,
            ["when"] = SchedulingText.Range(start, end, zone),
            ["previousWhen"] = previousStartUtc is { } previous ? SchedulingText.DateTime(new DateTimeOffset(previous), zone) : "",
            ["staff"] = catalog.FindStaff(appointment.StaffId)?.Name ?? company.Name,
            ["code"] = appointment.ConfirmationCode,
            ["requirements"] = string.IsNullOrWhiteSpace(appointment.Requirements) ? "none" : appointment.Requirements,
            ["cancelUntil"] = SchedulingText.DateTime(start - settings.FreeCancellationCutoff, zone),
        };
        var (html, text) = EmailTemplates.Render(kind, values);
        var method = kind == AppointmentEmailKind.Cancelled ? CalendarInvite.Cancel : CalendarInvite.Request;

        var invite = new CalendarInvite(
            Uid: $"{appointment.Id:N}@{domain}",
            Sequence: appointment.Sequence,
            Method: method,
            StartUtc: appointment.StartUtc,
            EndUtc: appointment.EndUtc,
            Zone: zone,
            Summary: $"{appointment.Service} with {company.Name}",
            Description: $"{appointment.Service} with {values["staff"]}. Confirmation code {appointment.ConfirmationCode}. Questions: {company.Phone}.",
            OrganizerName: organizer.Name is { Length: > 0 } name ? name : company.Name,
            OrganizerEmail: organizer.Address,
            AttendeeName: appointment.CustomerName,
            AttendeeEmail: appointment.Email,
            StampUtc: timeProvider.GetUtcNow().UtcDateTime).Serialize();

        var message = new MimeMessage
        {
            MessageId = $"{appointment.Id:N}.{appointment.Sequence}.{kind.ToString().ToLowerInvariant()}@{domain}",
            Date = timeProvider.GetUtcNow(),
            Subject = Subject(kind, appointment, start, zone),
            Body = Body(html, text, invite, method),
        };
        message.From.Add(organizer);
        message.To.Add(new MailboxAddress(appointment.CustomerName, appointment.Email));
        return message;
    }

    private static string Subject(AppointmentEmailKind kind, Appointment appointment, DateTimeOffset start, TimeZoneInfo zone)
    {
        var when = SchedulingText.DateTime(start, zone);
        return kind switch
        {
            AppointmentEmailKind.Booked => $"Confirmed: {appointment.Service} on {when} ({appointment.ConfirmationCode})",
            AppointmentEmailKind.Rescheduled => $"Updated: {appointment.Service} moved to {when} ({appointment.ConfirmationCode})",
            _ => $"Cancelled: {appointment.Service} on {when} ({appointment.ConfirmationCode})",
        };
    }

    private static MimeEntity Body(string html, string text, string ics, string method)
    {
        var calendar = new TextPart("calendar") { Text = ics };
        calendar.ContentType.Parameters.Add("method", method);
        calendar.ContentType.Charset = "utf-8";
        var alternative = new MultipartAlternative
        {
            new TextPart("plain") { Text = text },
            new TextPart("html") { Text = html },
            calendar,
        };
        var attachment = new MimePart("application", "ics")
        {
            Content = new MimeContent(new MemoryStream(Encoding.UTF8.GetBytes(ics))),
            ContentDisposition = new ContentDisposition(ContentDisposition.Attachment),
            FileName = "invite.ics",
        };
        return new Multipart("mixed") { alternative, attachment };
    }
}
