using CobBot.Dialogs.Booking;
using CobBot.Framework.Dialogs;
using CobBot.Framework.State;
using CobBot.Scheduling;
using Xunit.Abstractions;

namespace CobBot.Tests.Dialogs.Booking;

public sealed class CancelAppointmentDialogTests(ITestOutputHelper output)
{
    private const string When = "Tuesday, March 10, 2026, 3:00 PM – 4:00 PM Eastern Daylight Time";

    /// <summary>Books next Tuesday 3 PM Eastern (19:00 UTC) for other9@example.com.</summary>
    private static Task<AppointmentDetails> BookAsync(BookingTestHost host) =>
        host.BookAsync("Benefits Analysis", new DateOnly(2026, 3, 10), new TimeOnly(15, 0));

    [Fact]
    public async Task Finds_the_appointment_by_code_and_email_confirms_and_cancels()
    {
        await using var host = await BookingTestHost.StartAsync();
        var appointment = await BookAsync(host);
        var conversation = new BookingConversation(host, host.Get<CancelAppointmentDialog>(), output);

        Assert.Equal(AppointmentTexts.CodeQuestion, Assert.Single(await conversation.SayAsync("I need to cancel my appointment")).Text);
        Assert.Equal(AppointmentTexts.CodeRetry, Assert.Single(await conversation.SayAsync("I don't have it")).Text);
        Assert.Equal(AppointmentTexts.EmailQuestion, Assert.Single(await conversation.SayAsync($"it's {appointment.ConfirmationCode.ToLowerInvariant()}")).Text);
        var question = Assert.Single(await conversation.SayAsync("OTHER9@example.com"));
        Assert.StartsWith(AppointmentTexts.CancelQuestion("Benefits Analysis", When, appointment.ConfirmationCode), question.Text);

        var done = Assert.Single(await conversation.SayAsync("yes"));

        Assert.Equal(AppointmentTexts.Cancelled("Benefits Analysis", When, "other9@example.com"), done.Text);
        Assert.Equal(AppointmentStatus.Cancelled, Assert.IsType<AppointmentDetails>(conversation.Result.Result).Status);
        Assert.Equal(AppointmentStatus.Cancelled, (await host.Get<AppointmentChangeService>().FindAsync(appointment.ConfirmationCode, appointment.Email))!.Status);
        Assert.Equal(2, await host.CountAsync("OutboxMessages"));
    }

    [Fact]
    public async Task Pre_filled_code_and_email_are_not_asked_and_no_keeps_the_appointment()
    {
        await using var host = await BookingTestHost.StartAsync();
        var appointment = await BookAsync(host);
        var conversation = new BookingConversation(host, host.Get<CancelAppointmentDialog>(), output,
            options: new AppointmentRequest { ConfirmationCode = appointment.ConfirmationCode, Email = appointment.Email });

        Assert.StartsWith(AppointmentTexts.CancelQuestion("Benefits Analysis", When, appointment.ConfirmationCode),
            Assert.Single(await conversation.SayAsync($"cancel {appointment.ConfirmationCode}")).Text);
        Assert.Equal(AppointmentTexts.KeptBooked, Assert.Single(await conversation.SayAsync("no")).Text);

        Assert.Equal(DialogTurnStatus.Complete, conversation.Result.Status);
        Assert.Equal(AppointmentStatus.Booked, (await host.Get<AppointmentChangeService>().FindAsync(appointment.ConfirmationCode, appointment.Email))!.Status);
    }

    [Fact]
    public async Task A_wrong_code_or_email_is_asked_again_once_then_the_phone_number_is_given()
    {
        await using var host = await BookingTestHost.StartAsync();
        var appointment = await BookAsync(host);
        var conversation = new BookingConversation(host, host.Get<CancelAppointmentDialog>(), output,
            options: new AppointmentRequest { ConfirmationCode = appointment.ConfirmationCode, Email = "someone.else@example.com" });

        Assert.Equal([AppointmentTexts.NotFoundRetry, AppointmentTexts.CodeQuestion], (await conversation.SayAsync("cancel it")).Select(r => r.Text));
        await conversation.SayAsync("COB-ZZZZZZ");
        Assert.Equal(AppointmentTexts.NotFound("(929) 229-7209"), Assert.Single(await conversation.SayAsync(appointment.Email)).Text);
        Assert.Equal(DialogTurnStatus.Complete, conversation.Result.Status);
    }

    [Theory]
    [InlineData(-121, true)]
    [InlineData(-120, true)]
    [InlineData(-119, false)]
    [InlineData(30, false)]
    [InlineData(61, false)]
    public async Task The_two_hour_rule_is_explained_before_anything_is_asked(int minutesFromStart, bool allowed)
    {
        await using var host = await BookingTestHost.StartAsync();
        var appointment = await BookAsync(host);
        host.Time.SetUtcNow(appointment.Start.AddMinutes(minutesFromStart));
        var conversation = new BookingConversation(host, host.Get<CancelAppointmentDialog>(), output,
            options: new AppointmentRequest { ConfirmationCode = appointment.ConfirmationCode, Email = appointment.Email });

        var reply = Assert.Single(await conversation.SayAsync("cancel my appointment"));

        var expected = minutesFromStart >= 60 ? AppointmentTexts.AlreadyTookPlace
            : AppointmentTexts.TooLate("cancel", 2, "Tuesday, March 10, 2026, 1:00 PM Eastern Daylight Time", "(929) 229-7209");
        if (allowed) Assert.StartsWith("Cancel your Benefits Analysis", reply.Text);
        else Assert.Equal(expected, reply.Text);
        Assert.Equal(allowed ? DialogTurnStatus.Waiting : DialogTurnStatus.Complete, conversation.Result.Status);
    }

    [Fact]
    public async Task Time_passing_the_deadline_while_the_customer_confirms_is_refused_by_the_service()
    {
        await using var host = await BookingTestHost.StartAsync();
        var appointment = await BookAsync(host);
        host.Time.SetUtcNow(appointment.Start.AddMinutes(-121));
        var conversation = new BookingConversation(host, host.Get<CancelAppointmentDialog>(), output,
            options: new AppointmentRequest { ConfirmationCode = appointment.ConfirmationCode, Email = appointment.Email });
        await conversation.SayAsync("cancel my appointment");

        host.Time.Advance(TimeSpan.FromMinutes(2));
        var reply = Assert.Single(await conversation.SayAsync("yes"));

        Assert.StartsWith("Free cancellation and changes end 2 hours before the start", reply.Text);
        Assert.Null(conversation.Result.Result);
        Assert.Equal(AppointmentStatus.Booked, (await host.Get<AppointmentChangeService>().FindAsync(appointment.ConfirmationCode, appointment.Email))!.Status);
    }

    [Fact]
    public async Task A_retried_cancellation_reports_the_cancellation_once_made()
    {
        await using var host = await BookingTestHost.StartAsync();
        var appointment = await BookAsync(host);
        var conversation = new BookingConversation(host, host.Get<CancelAppointmentDialog>(), output,
            options: new AppointmentRequest { ConfirmationCode = appointment.ConfirmationCode, Email = appointment.Email });
        await conversation.SayAsync("cancel my appointment");

        host.Storage.FailNextWrite = true;
        await Assert.ThrowsAsync<ETagConflictException>(() => conversation.SayAsync("yes"));
        conversation.DiscardReplies();
        var done = Assert.Single(await conversation.SayAsync("yes"));

        Assert.Equal(AppointmentTexts.Cancelled("Benefits Analysis", When, appointment.Email), done.Text);
        Assert.Equal(2, await host.CountAsync("OutboxMessages"));
    }
}
