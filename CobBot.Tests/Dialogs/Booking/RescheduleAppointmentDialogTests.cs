using CobBot.Dialogs.Booking;
using CobBot.Framework.Dialogs;
using CobBot.Framework.State;
using CobBot.Scheduling;
using CobBot.Tests.Scheduling;
using Xunit.Abstractions;

namespace CobBot.Tests.Dialogs.Booking;

public sealed class RescheduleAppointmentDialogTests(ITestOutputHelper output)
{
    private const string From = "Tuesday, March 10, 2026, 3:00 PM – 4:00 PM Eastern Daylight Time";
    private const string To = "Thursday, March 12, 2026, 11:00 AM – 12:00 PM Eastern Daylight Time";

    private static Task<AppointmentDetails> BookAsync(BookingTestHost host) =>
        host.BookAsync("Benefits Analysis", new DateOnly(2026, 3, 10), new TimeOnly(15, 0));

    private static AppointmentRequest Request(AppointmentDetails appointment) =>
        new() { ConfirmationCode = appointment.ConfirmationCode, Email = appointment.Email };

    [Fact]
    public async Task Asks_the_new_day_offers_its_free_times_confirms_and_moves()
    {
        await using var host = await BookingTestHost.StartAsync();
        var appointment = await BookAsync(host);
        var conversation = new BookingConversation(host, host.Get<RescheduleAppointmentDialog>(), output, options: Request(appointment));

        Assert.Equal(AppointmentTexts.NewDayQuestion, Assert.Single(await conversation.SayAsync("I need to reschedule")).Text);
        var offer = Assert.Single(await conversation.SayAsync("next Thursday"));
        Assert.Equal(BookingTexts.FreeTimes("Benefits Analysis", new DateOnly(2026, 3, 12), "Eastern Daylight Time"), offer.Text);
        Assert.StartsWith(AppointmentTexts.MoveQuestion("Benefits Analysis", From, To), Assert.Single(await conversation.SayAsync("11am")).Text);

        var done = Assert.Single(await conversation.SayAsync("yes"));

        Assert.Equal(AppointmentTexts.Moved("Benefits Analysis", To, appointment.Email), done.Text);
        var moved = (await host.Get<AppointmentChangeService>().FindAsync(appointment.ConfirmationCode, appointment.Email))!;
        Assert.Equal((new DateTimeOffset(2026, 3, 12, 15, 0, 0, TimeSpan.Zero), 1), (moved.Start.ToUniversalTime(), moved.Sequence));
        Assert.Equal(2, await host.CountAsync("OutboxMessages"));
    }

    [Fact]
    public async Task A_free_day_and_time_from_the_first_utterance_go_straight_to_the_confirmation()
    {
        await using var host = await BookingTestHost.StartAsync();
        var appointment = await BookAsync(host);
        var request = Request(appointment);
        (request.Date, request.Time) = (new DateOnly(2026, 3, 12), new TimeOnly(11, 0));
        var conversation = new BookingConversation(host, host.Get<RescheduleAppointmentDialog>(), output, options: request);

        Assert.StartsWith(AppointmentTexts.MoveQuestion("Benefits Analysis", From, To),
            Assert.Single(await conversation.SayAsync($"move {appointment.ConfirmationCode} to Thursday at 11")).Text);
        Assert.Equal(AppointmentTexts.KeptBooked, Assert.Single(await conversation.SayAsync("no")).Text);
        Assert.Equal(0, (await host.Get<AppointmentChangeService>().FindAsync(appointment.ConfirmationCode, appointment.Email))!.Sequence);
    }

    [Fact]
    public async Task A_time_taken_before_the_confirmation_offers_the_nearest_free_times()
    {
        await using var host = await BookingTestHost.StartAsync(SingleStaffCatalog.Files);
        var appointment = await BookAsync(host);
        var request = Request(appointment);
        (request.Date, request.Time) = (new DateOnly(2026, 3, 12), new TimeOnly(11, 0));
        var conversation = new BookingConversation(host, host.Get<RescheduleAppointmentDialog>(), output, options: request);
        await conversation.SayAsync("move it to Thursday at 11");
        await host.BookAsync("Benefits Analysis", new DateOnly(2026, 3, 12), new TimeOnly(11, 0));

        var replies = await conversation.SayAsync("yes");

        Assert.Equal([AppointmentTexts.JustTaken, BookingTexts.NotFree(new TimeOnly(11, 0), new DateOnly(2026, 3, 12))], replies.Select(r => r.Text));
        Assert.Equal(["10:00 AM", "12:00 PM", "9:30 AM", "Another day"], replies[1].SuggestedActions!.Actions.Select(a => a.Title));
        await conversation.SayAsync("12pm");
        await conversation.SayAsync("yes");
        Assert.Equal(new DateTimeOffset(2026, 3, 12, 12, 0, 0, TimeSpan.FromHours(-4)), Assert.IsType<AppointmentDetails>(conversation.Result.Result).Start);
    }

    [Fact]
    public async Task Too_close_to_the_start_the_two_hour_rule_is_explained()
    {
        await using var host = await BookingTestHost.StartAsync();
        var appointment = await BookAsync(host);
        host.Time.SetUtcNow(appointment.Start.AddHours(-1));
        var conversation = new BookingConversation(host, host.Get<RescheduleAppointmentDialog>(), output, options: Request(appointment));

        var reply = Assert.Single(await conversation.SayAsync("can I move my appointment?"));

        Assert.Equal(AppointmentTexts.TooLate("move", 2, "Tuesday, March 10, 2026, 1:00 PM Eastern Daylight Time", "(929) 229-7209"), reply.Text);
        Assert.Equal(DialogTurnStatus.Complete, conversation.Result.Status);
    }

    [Fact]
    public async Task A_retried_move_reports_the_move_once_made()
    {
        await using var host = await BookingTestHost.StartAsync();
        var appointment = await BookAsync(host);
        var request = Request(appointment);
        (request.Date, request.Time) = (new DateOnly(2026, 3, 12), new TimeOnly(11, 0));
        var conversation = new BookingConversation(host, host.Get<RescheduleAppointmentDialog>(), output, options: request);
        await conversation.SayAsync("move it to Thursday at 11");

        host.Storage.FailNextWrite = true;
        await Assert.ThrowsAsync<ETagConflictException>(() => conversation.SayAsync("yes"));
        conversation.DiscardReplies();
        var done = Assert.Single(await conversation.SayAsync("yes"));

        Assert.Equal(AppointmentTexts.Moved("Benefits Analysis", To, appointment.Email), done.Text);
        Assert.Equal(1, (await host.Get<AppointmentChangeService>().FindAsync(appointment.ConfirmationCode, appointment.Email))!.Sequence);
        Assert.Equal(2, await host.CountAsync("OutboxMessages"));
    }
}
