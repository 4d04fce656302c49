using CobBot.Dialogs.Booking;
using CobBot.Scheduling;
using Xunit.Abstractions;
using static CobBot.Tests.Dialogs.Booking.BookingCardsReading;

namespace CobBot.Tests.Dialogs.Booking;

public sealed class AppointmentStatusDialogTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Shows_a_booked_appointment_in_the_customers_zone_with_the_free_change_deadline()
    {
        await using var host = await BookingTestHost.StartAsync();
        var appointment = await host.BookAsync("Product Demo", new DateOnly(2026, 3, 10), new TimeOnly(15, 0));
        var conversation = new BookingConversation(host, host.Get<AppointmentStatusDialog>(), output, timeZone: "Europe/Berlin",
            options: new AppointmentRequest { ConfirmationCode = appointment.ConfirmationCode, Email = appointment.Email });

        var reply = Assert.Single(await conversation.SayAsync($"what's the status of {appointment.ConfirmationCode}?"));

        var card = Card(reply)!;
        Assert.Equal($"Appointment {appointment.ConfirmationCode}", Title(card));
        Assert.Equal("Tuesday, March 10, 2026, 8:00 PM – 8:30 PM Central European Standard Time", Facts(card)["When"]);
        Assert.Equal(("Booked", "Morgan Ellis"), (Facts(card)["Status"], Facts(card)["With"]));
        Assert.EndsWith("You can cancel or reschedule free of charge until Tuesday, March 10, 2026, 6:00 PM Central European Standard Time.", reply.Text);
        Assert.Equal(appointment.Id, Assert.IsType<AppointmentDetails>(conversation.Result.Result).Id);
    }

    [Fact]
    public async Task Shows_a_cancelled_appointment_after_asking_for_code_and_email()
    {
        await using var host = await BookingTestHost.StartAsync();
        var appointment = await host.BookAsync("Product Demo", new DateOnly(2026, 3, 10), new TimeOnly(15, 0));
        await host.Get<AppointmentChangeService>().CancelAsync(appointment.ConfirmationCode, appointment.Email);
        var conversation = new BookingConversation(host, host.Get<AppointmentStatusDialog>(), output);

        Assert.Equal(AppointmentTexts.CodeQuestion, Assert.Single(await conversation.SayAsync("is my appointment still on?")).Text);
        await conversation.SayAsync(appointment.ConfirmationCode);
        var reply = Assert.Single(await conversation.SayAsync(appointment.Email));

        Assert.Equal("Cancelled", Facts(Card(reply)!)["Status"]);
        Assert.Equal($"Your Product Demo on Tuesday, March 10, 2026, 3:00 PM – 3:30 PM Eastern Daylight Time ({appointment.ConfirmationCode}) was cancelled.", reply.Text);
    }
}
