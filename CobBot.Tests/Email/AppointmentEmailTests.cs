using CobBot.Scheduling;
using CobBot.Tests.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace CobBot.Tests.Email;

public class AppointmentEmailTests
{
    private static readonly DateOnly Tuesday = new(2026, 3, 10);

    [Fact]
    public async Task The_confirmation_has_encoded_html_plain_text_and_a_request_invite_in_eastern_time()
    {
        await using var host = await SchedulingTestHost.StartAsync();
        var booked = (await host.Get<BookingService>().BookAsync(Bookings.Request("Benefits Analysis", Tuesday, new TimeOnly(10, 0)) with
        {
            Name = "Ann <script>alert(1)</script> & Co",
            Requirements = "<b>EHR</b>: Epic\nsecond line",
        })).Appointment!;

        var mail = ReceivedMail.Parse(await MimeAsync(host, 0));

        Assert.Equal($"Confirmed: Benefits Analysis on Tuesday, March 10, 2026, 10:00 AM Eastern Daylight Time ({booked.ConfirmationCode})", mail.Message.Subject);
        Assert.Equal($"{booked.Id:N}.0.booked@cobcompany.com", mail.Message.MessageId);
        Assert.Equal("customer1@example.com", mail.Message.To.Mailboxes.Single().Address);
        Assert.Contains("Ann &lt;script&gt;alert(1)&lt;/script&gt; &amp; Co", mail.Html);
        Assert.Contains("&lt;b&gt;EHR&lt;/b&gt;: Epic<br>second line", mail.Html);
        Assert.DoesNotContain("<script>", mail.Html);
        Assert.Contains("Hello Ann <script>alert(1)</script> & Co,", mail.Text);
        Assert.Contains(booked.ConfirmationCode, mail.Text);
        Assert.Contains("Tuesday, March 10, 2026, 10:00 AM – 11:00 AM Eastern Daylight Time", mail.Text);
        Assert.Contains("until Tuesday, March 10, 2026, 8:00 AM Eastern Daylight Time", mail.Text);

        Assert.Equal("REQUEST", mail.CalendarMethodParameter);
        Assert.Equal("REQUEST", mail.Calendar.Method);
        Assert.Equal($"{booked.Id:N}@cobcompany.com", mail.Event.Uid);
        Assert.Equal(0, mail.Event.Sequence);
        Assert.Equal("America/New_York", mail.Event.DtStart!.TzId);
        Assert.Equal(new DateTime(2026, 3, 10, 10, 0, 0), mail.Event.DtStart.Value);
        Assert.Equal(new DateTime(2026, 3, 10, 14, 0, 0, DateTimeKind.Utc), mail.Event.DtStart.AsUtc);
        Assert.Equal(new DateTime(2026, 3, 10, 15, 0, 0, DateTimeKind.Utc), mail.Event.DtEnd!.AsUtc);
        Assert.Equal("mailto:appointments@cobcompany.com", mail.Event.Organizer!.Value!.ToString());
        var attendee = Assert.Single(mail.Event.Attendees);
        Assert.Equal("mailto:customer1@example.com", attendee.Value!.ToString());
        Assert.Equal("Ann <script>alert(1)</script> & Co", attendee.CommonName);
        var zone = Assert.Single(mail.Calendar.TimeZones);
        Assert.Equal("America/New_York", zone.TzId);
        Assert.Contains("BEGIN:STANDARD", mail.IcsText);
        Assert.Contains("BEGIN:DAYLIGHT", mail.IcsText);
        Assert.Equal("invite.ics", mail.Attachment.FileName);
    }

    [Fact]
    public async Task A_customer_zone_is_used_for_the_invite_and_the_text()
    {
        await using var host = await SchedulingTestHost.StartAsync();
        await host.Get<BookingService>().BookAsync(
            Bookings.Request("Product Demo", Tuesday, new TimeOnly(7, 0), "America/Los_Angeles") with { Name = "José Müller" });

        var mail = ReceivedMail.Parse(await MimeAsync(host, 0));

        Assert.Equal("José Müller", mail.Message.To.Mailboxes.Single().Name);
        Assert.Contains("Hello José Müller,", mail.Text);
        Assert.Equal("José Müller", Assert.Single(mail.Event.Attendees).CommonName);
        Assert.Equal("America/Los_Angeles", mail.Event.DtStart!.TzId);
        Assert.Equal(new DateTime(2026, 3, 10, 7, 0, 0), mail.Event.DtStart.Value);
        Assert.Equal(new DateTime(2026, 3, 10, 14, 0, 0, DateTimeKind.Utc), mail.Event.DtStart.AsUtc);
        Assert.Equal("America/Los_Angeles", Assert.Single(mail.Calendar.TimeZones).TzId);
        Assert.Contains("7:00 AM – 7:30 AM Pacific Daylight Time", mail.Text);
    }

    [Fact]
    public async Task Reschedule_sends_an_updated_request_and_cancel_sends_a_cancel_with_the_same_uid()
    {
        await using var host = await SchedulingTestHost.StartAsync();
        var booked = await Bookings.BookAsync(host, "Product Demo", Tuesday, new TimeOnly(10, 0));
        var changes = host.Get<AppointmentChangeService>();
        await changes.RescheduleAsync(booked.ConfirmationCode, "customer1@example.com", new DateOnly(2026, 3, 11), new TimeOnly(15, 30));
        await changes.CancelAsync(booked.ConfirmationCode, "customer1@example.com");

        var original = ReceivedMail.Parse(await MimeAsync(host, 0));
        var update = ReceivedMail.Parse(await MimeAsync(host, 1));
        var cancel = ReceivedMail.Parse(await MimeAsync(host, 2));

        Assert.Equal("REQUEST", update.Calendar.Method);
        Assert.Equal(original.Event.Uid, update.Event.Uid);
        Assert.Equal(1, update.Event.Sequence);
        Assert.Equal(new DateTime(2026, 3, 11, 15, 30, 0), update.Event.DtStart!.Value);
        Assert.StartsWith("Updated: Product Demo moved to Wednesday, March 11, 2026, 3:30 PM", update.Message.Subject);
        Assert.Contains("Was:         Tuesday, March 10, 2026, 10:00 AM Eastern Daylight Time", update.Text);

        Assert.Equal("CANCEL", cancel.CalendarMethodParameter);
        Assert.Equal("CANCEL", cancel.Calendar.Method);
        Assert.Equal(original.Event.Uid, cancel.Event.Uid);
        Assert.Equal(2, cancel.Event.Sequence);
        Assert.Equal("CANCELLED", cancel.Event.Status);
        Assert.StartsWith("Cancelled: Product Demo", cancel.Message.Subject);
        Assert.Equal(3, new[] { original, update, cancel }.Select(m => m.Message.MessageId).Distinct().Count());
    }

    /// <summary>The MIME text of the queued message with SEQUENCE <paramref name="sequence"/> (of the only appointment).</summary>
    private static async Task<string> MimeAsync(SchedulingTestHost host, int sequence)
    {
        await using var db = host.CreateDbContext();
        var messages = await db.OutboxMessages.ToListAsync();
        return messages.Single(m => m.MessageId.Split('.')[1] == sequence.ToString()).Mime;
    }
}
