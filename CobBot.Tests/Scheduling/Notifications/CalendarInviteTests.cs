using CobBot.Scheduling.Notifications;

namespace CobBot.Tests.Scheduling.Notifications;

public sealed class CalendarInviteTests
{
    [Fact]
    public void An_appointment_in_a_later_calendar_year_than_the_stamp_serializes_with_its_time_zone()
    {
        var stamp = new DateTime(2026, 12, 3, 6, 0, 0, DateTimeKind.Utc);
        var start = new DateTime(2028, 1, 4, 15, 0, 0, DateTimeKind.Utc);
        var invite = new CalendarInvite("uid-1", 0, CalendarInvite.Request, start, start.AddMinutes(30),
            TimeZoneInfo.FindSystemTimeZoneById("America/New_York"), "Product demo", "", "COB Company", "support@cobcompany.com",
            "Customer", "customer@example.com", stamp);

        var text = invite.Serialize();

        Assert.Contains("BEGIN:VTIMEZONE", text);
        Assert.Contains("TZID:America/New_York", text);
        Assert.Contains("DTSTART;TZID=America/New_York:20280104T100000", text);
    }
}
