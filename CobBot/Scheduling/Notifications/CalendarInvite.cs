using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace CobBot.Scheduling.Notifications;

/// <summary>The iCalendar (RFC 5545/5546) text of an appointment invite, update or cancellation.</summary>
/// <param name="Uid">Stable per appointment, so updates and cancellations replace the original event.</param>
/// <param name="Sequence">Incremented on every change.</param>
/// <param name="Method"><c>REQUEST</c> or <c>CANCEL</c>.</param>
/// <param name="StartUtc">Start instant.</param>
/// <param name="EndUtc">End instant.</param>
/// <param name="Zone">Zone DTSTART/DTEND are written in, with its VTIMEZONE.</param>
/// <param name="Summary">Event title.</param>
/// <param name="Description">Event description.</param>
/// <param name="OrganizerName">Organiser's display name.</param>
/// <param name="OrganizerEmail">Organiser's address.</param>
/// <param name="AttendeeName">Attendee's display name.</param>
/// <param name="AttendeeEmail">Attendee's address.</param>
/// <param name="StampUtc">When the invite was produced (DTSTAMP).</param>
internal sealed record CalendarInvite(
    string Uid, int Sequence, string Method, DateTime StartUtc, DateTime EndUtc, TimeZoneInfo Zone, string Summary,
    string Description, string OrganizerName, string OrganizerEmail, string AttendeeName, string AttendeeEmail, DateTime StampUtc)
{
    public const string Request = "REQUEST";
    public const string Cancel = "CANCEL";

    /// <summary>Serializes the invite as a VCALENDAR with one VEVENT and the zone's VTIMEZONE.</summary>
    public string Serialize()
    {
        var tzid = Zone.Id;
        var calendar = new Calendar { Method = Method, ProductId = "-//COB Company//CobBot//EN" };
        // FromDateTimeZone emits the STANDARD/DAYLIGHT rules; new VTimeZone(id) would write an empty component. It reads
        // the zone's rules from the given date up to now, so the date may not lie in a later year than the stamp.
        var rulesFrom = new DateTime(Math.Min(StartUtc.Year, StampUtc.Year), 1, 1);
        calendar.AddTimeZone(VTimeZone.FromDateTimeZone(tzid, rulesFrom, includeHistoricalData: false));

        var calendarEvent = new CalendarEvent
        {
            Uid = Uid,
            Sequence = Sequence,
            DtStamp = new CalDateTime(DateTime.SpecifyKind(StampUtc, DateTimeKind.Utc)),
            DtStart = new CalDateTime(TimeZoneInfo.ConvertTimeFromUtc(StartUtc, Zone), tzid),
            DtEnd = new CalDateTime(TimeZoneInfo.ConvertTimeFromUtc(EndUtc, Zone), tzid),
            Summary = Summary,
            Description = Description,
            Status = Method == Cancel ? "CANCELLED" : "CONFIRMED",
            Organizer = new Organizer($"mailto:{OrganizerEmail}") { CommonName = ParameterText(OrganizerName) },
        };
        calendarEvent.Attendees.Add(new Attendee($"mailto:{AttendeeEmail}")
        {
            CommonName = ParameterText(AttendeeName),
            Role = "REQ-PARTICIPANT",
            ParticipationStatus = "NEEDS-ACTION",
            Rsvp = Method != Cancel,
        });
        calendar.Events.Add(calendarEvent);
        return new CalendarSerializer().SerializeToString(calendar)
            ?? throw new InvalidOperationException("The calendar could not be serialized.");
    }

    // Parameter values (CN) may not contain double quotes or control characters (RFC 5545 §3.1).
    private static string ParameterText(string value) =>
        string.Concat(value.Where(c => c != '"' && !char.IsControl(c)));
}
