using CobBot.Email;
using CobBot.Tests.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace CobBot.Tests.Email;

public class PickupDirectoryTests
{
    [Fact]
    public async Task Without_smtp_mail_is_written_as_one_eml_file_per_message_id()
    {
        await using var host = await SchedulingTestHost.StartAsync();
        var booked = await Bookings.BookAsync(host, "Support Session", new DateOnly(2026, 3, 10), new TimeOnly(13, 0));
        var processor = host.Get<OutboxProcessor>();

        Assert.IsType<PickupDirectoryMailTransport>(host.Get<IMailTransport>());
        Assert.Equal(1, (await processor.DeliverDueAsync()).Sent);
        // A repeated delivery (e.g. after a crash before the send was recorded) replaces the file.
        await using (var db = host.CreateDbContext())
        {
            await db.OutboxMessages.ExecuteUpdateAsync(m => m.SetProperty(x => x.NextAttemptUtc, host.Time.GetUtcNow().UtcDateTime));
        }
        Assert.Equal(1, (await processor.DeliverDueAsync()).Sent);

        var file = Assert.Single(Directory.GetFiles(host.PickupDirectory));
        Assert.Equal($"{booked.Id:N}.0.booked_cobcompany.com.eml", Path.GetFileName(file));
        var mail = ReceivedMail.Load(file);
        Assert.Equal("REQUEST", mail.Calendar.Method);
        Assert.EndsWith($"({booked.ConfirmationCode})", mail.Message.Subject);
    }
}
