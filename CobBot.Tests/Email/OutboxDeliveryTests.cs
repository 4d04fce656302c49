using System.Threading.Channels;
using CobBot.Email;
using CobBot.Email.Persistence;
using CobBot.Scheduling;
using CobBot.Tests.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using netDumbster.smtp;

namespace CobBot.Tests.Email;

/// <summary>Delivery through a real in-process SMTP server (netDumbster) that is stopped and started.</summary>
public class OutboxDeliveryTests
{
    private static readonly DateOnly Tuesday = new(2026, 3, 10);

    [Fact]
    public async Task Mail_survives_an_smtp_outage_and_is_delivered_exactly_once_when_the_server_returns()
    {
        var port = FreeSmtpPort();
        await using var host = await SchedulingTestHost.StartAsync(SmtpSettings(port));
        var processor = host.Get<OutboxProcessor>();

        var booked = await Bookings.BookAsync(host, "Benefits Analysis", Tuesday, new TimeOnly(10, 0));
        var firstPass = await processor.DeliverDueAsync();
        var tooEarly = await processor.DeliverDueAsync();
        host.Time.Advance(TimeSpan.FromSeconds(30));
        var secondPass = await processor.DeliverDueAsync();

        Assert.Equal((0, 1), (firstPass.Sent, firstPass.Failed));
        Assert.Equal((0, 0), (tooEarly.Sent, tooEarly.Failed));
        Assert.Equal((0, 1), (secondPass.Sent, secondPass.Failed));
        var waiting = await SingleOutboxAsync(host);
        Assert.Equal(2, waiting.Attempts);
        Assert.Null(waiting.SentUtc);
        Assert.Equal(host.Time.GetUtcNow().UtcDateTime.AddSeconds(60), waiting.NextAttemptUtc);
        Assert.Equal("Socket ConnectionRefused", waiting.LastError);

        using var server = SimpleSmtpServer.Start(port);
        Assert.Equal(0, (await processor.DeliverDueAsync()).Sent);
        host.Time.Advance(TimeSpan.FromSeconds(60));
        var delivered = await processor.DeliverDueAsync();
        host.Time.Advance(TimeSpan.FromHours(2));
        var afterwards = await processor.DeliverDueAsync();

        Assert.Equal(1, delivered.Sent);
        Assert.Null(delivered.NextDueUtc);
        Assert.Equal(0, afterwards.Sent + afterwards.Failed);
        Assert.Equal(1, server.ReceivedEmailCount);
        var sent = await SingleOutboxAsync(host);
        Assert.Equal(3, sent.Attempts);
        Assert.Equal(host.Time.GetUtcNow().UtcDateTime.AddHours(-2), sent.SentUtc);
        Assert.Null(sent.LastError);

        var mail = ReceivedMail.Parse(server.ReceivedEmail[0].Data ?? "");
        Assert.Equal(sent.MessageId, mail.Message.MessageId);
        Assert.Equal("REQUEST", mail.Calendar.Method);
        Assert.Equal($"{booked.Id:N}@cobcompany.com", mail.Event.Uid);
        Assert.Equal("America/New_York", mail.Event.DtStart!.TzId);
        Assert.Equal(new DateTime(2026, 3, 10, 10, 0, 0), mail.Event.DtStart.Value);
        Assert.Equal("mailto:customer1@example.com", Assert.Single(mail.Event.Attendees).Value!.ToString());
    }

    [Fact]
    public async Task The_background_worker_sends_as_soon_as_the_booking_commits()
    {
        using var server = SimpleSmtpServer.Start();
        var received = new TaskCompletionSource<SmtpMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        server.MessageReceived += (_, e) => received.TrySetResult(e.Message);
        await using var host = await SchedulingTestHost.StartAsync(SmtpSettings(server.Configuration.Port), runOutboxWorker: true);

        await Bookings.BookAsync(host, "Product Demo", Tuesday, new TimeOnly(10, 0));
        var message = await received.Task.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.StartsWith("Confirmed: Product Demo", message.Subject);
        Assert.Equal(1, server.ReceivedEmailCount);
    }

    [Fact]
    public async Task The_background_worker_retries_on_the_fake_clock_after_an_outage()
    {
        var port = FreeSmtpPort();
        var attempts = Channel.CreateUnbounded<bool>();
        await using var host = await SchedulingTestHost.StartAsync(SmtpSettings(port), runOutboxWorker: true, configure: services =>
            services.AddSingleton<IMailTransport>(sp => new ObservedTransport(ActivatorUtilities.CreateInstance<SmtpMailTransport>(sp), attempts.Writer)));
        await Bookings.BookAsync(host, "Product Demo", Tuesday, new TimeOnly(10, 0));
        Assert.False(await attempts.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30)));

        using var server = SimpleSmtpServer.Start(port);
        // The worker now waits 30 s on the fake clock; it may not have started waiting yet, so advance until it sends.
        var next = attempts.Reader.ReadAsync().AsTask();
        for (var step = 0; step < 100 && !next.IsCompleted; step++)
        {
            host.Time.Advance(TimeSpan.FromSeconds(30));
            await Task.WhenAny(next, Task.Delay(100));
        }

        Assert.True(await next.WaitAsync(TimeSpan.FromSeconds(1)));
        Assert.Equal(1, server.ReceivedEmailCount);
    }

    [Fact]
    public async Task A_message_is_given_up_after_the_last_attempt_without_recording_addresses()
    {
        var settings = SmtpSettings(FreeSmtpPort());
        settings["Email:Outbox:MaxAttempts"] = "2";
        await using var host = await SchedulingTestHost.StartAsync(settings);
        var processor = host.Get<OutboxProcessor>();
        await Bookings.BookAsync(host, "Product Demo", Tuesday, new TimeOnly(10, 0));

        await processor.DeliverDueAsync();
        host.Time.Advance(TimeSpan.FromSeconds(30));
        var last = await processor.DeliverDueAsync();
        host.Time.Advance(TimeSpan.FromDays(1));
        var none = await processor.DeliverDueAsync();

        Assert.Null(last.NextDueUtc);
        Assert.Equal(0, none.Failed);
        var message = await SingleOutboxAsync(host);
        Assert.Equal(2, message.Attempts);
        Assert.Null(message.NextAttemptUtc);
        Assert.Null(message.SentUtc);
        var logs = string.Join("\n", host.Logs.Lines.Select(l => l.Message));
        Assert.Contains("attempt 2 failed (Socket ConnectionRefused)", logs);
        Assert.DoesNotContain("customer1@example.com", logs);
    }

    [Fact]
    public async Task A_message_held_by_another_worker_is_not_sent_twice()
    {
        await using var host = await SchedulingTestHost.StartAsync();
        var transport = new GatedTransport();
        var first = new OutboxProcessor(host.Get<Microsoft.EntityFrameworkCore.IDbContextFactory<CobBot.Data.CobBotDbContext>>(), transport, host.Time,
            host.Get<Microsoft.Extensions.Options.IOptionsMonitor<EmailOptions>>(), host.Get<Microsoft.Extensions.Logging.ILogger<OutboxProcessor>>());
        await Bookings.BookAsync(host, "Product Demo", Tuesday, new TimeOnly(10, 0));

        var sending = first.DeliverDueAsync();
        await transport.Entered.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var second = await host.Get<OutboxProcessor>().DeliverDueAsync();
        transport.Release.SetResult();
        var firstResult = await sending;

        Assert.Equal(0, second.Sent + second.Failed);
        Assert.Equal(1, firstResult.Sent);
        Assert.Equal(1, transport.Sends);
    }

    [Fact]
    public async Task Finished_messages_are_deleted_after_the_retention_period_and_pending_ones_never()
    {
        var settings = SmtpSettings(FreeSmtpPort());
        settings["Email:Outbox:MaxAttempts"] = "1";
        settings["Email:Outbox:RetentionDays"] = "7";
        await using var host = await SchedulingTestHost.StartAsync(settings);
        var processor = host.Get<OutboxProcessor>();
        await Bookings.BookAsync(host, "Product Demo", Tuesday, new TimeOnly(10, 0));
        Assert.Equal(1, (await processor.DeliverDueAsync()).Failed); // given up: its only attempt failed
        var pending = OutboxMessage.Create(new MimeKit.MimeMessage(), host.Time.GetUtcNow().UtcDateTime);
        pending.NextAttemptUtc = host.Time.GetUtcNow().UtcDateTime.AddDays(60); // waiting for a retry far ahead
        await using (var seed = host.CreateDbContext())
        {
            seed.OutboxMessages.Add(pending);
            await seed.SaveChangesAsync();
        }
        host.Time.Advance(TimeSpan.FromDays(3));
        await Bookings.BookAsync(host, "Product Demo", Tuesday, new TimeOnly(11, 0));
        using (SimpleSmtpServer.Start(int.Parse(settings["Email:Smtp:Port"]!)))
            Assert.Equal(1, (await processor.DeliverDueAsync()).Sent);

        host.Time.Advance(TimeSpan.FromDays(4) + TimeSpan.FromSeconds(1));
        var firstExpired = await processor.DeliverDueAsync();
        host.Time.Advance(TimeSpan.FromDays(3));
        var secondExpired = await processor.DeliverDueAsync();

        Assert.Equal(1, firstExpired.Deleted);
        Assert.Equal(1, secondExpired.Deleted);
        Assert.Equal(pending.Id, (await SingleOutboxAsync(host)).Id);
        Assert.Contains("Deleted 1 finished outbox message(s) older than 7 days", host.Logs.Lines.Select(l => l.Message));
    }

    [Theory]
    [InlineData(1, 30)]
    [InlineData(2, 60)]
    [InlineData(5, 480)]
    [InlineData(9, 3600)]
    public void Retry_delays_double_up_to_the_cap(int failedAttempts, int seconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(seconds), new OutboxOptions().RetryDelay(failedAttempts));
    }

    internal static Dictionary<string, string?> SmtpSettings(int port) => new()
    {
        ["Email:Smtp:Host"] = "127.0.0.1",
        ["Email:Smtp:Port"] = port.ToString(),
        ["Email:Smtp:UseTls"] = "false",
    };

    private static int FreeSmtpPort()
    {
        using var probe = SimpleSmtpServer.Start();
        var port = probe.Configuration.Port;
        probe.Stop();
        return port;
    }

    private static async Task<OutboxMessage> SingleOutboxAsync(SchedulingTestHost host)
    {
        await using var db = host.CreateDbContext();
        return await db.OutboxMessages.SingleAsync();
    }
}
