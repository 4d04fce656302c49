using CobBot.Dialogs.Booking;
using CobBot.Framework.State;
using CobBot.Scheduling;
using Xunit.Abstractions;
using static CobBot.Tests.Dialogs.Booking.BookingCardsReading;

namespace CobBot.Tests.Dialogs.Booking;

// CobBot.Tests.Dialogs (the framework's dialog tests) has sample types of the same names.
using BookingDialog = CobBot.Dialogs.Booking.BookingDialog;

/// <summary>
/// The hosting layer runs a turn again when its state could not be saved (another instance wrote first); the turn's
/// side effects outside the state must not happen twice. Here the first attempt's save fails and the same message is
/// processed again on the state as it was, as the adapter does.
/// </summary>
public sealed class RetriedTurnTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_retried_confirmation_returns_the_same_booking_instead_of_booking_twice()
    {
        await using var host = await BookingTestHost.StartAsync();
        var conversation = new BookingConversation(host, host.Get<BookingDialog>(), output);
        await BookingScript.ReachSummaryAsync(conversation);

        host.Storage.FailNextWrite = true;
        await Assert.ThrowsAsync<ETagConflictException>(() => conversation.SayAsync("yes"));
        conversation.DiscardReplies();
        var firstCode = Assert.Single(await host.Get<AppointmentDirectory>().ListAsync(new AppointmentQuery())).ConfirmationCode;
        var confirmation = Assert.Single(await conversation.SayAsync("yes"));

        Assert.Equal(firstCode, Facts(Card(confirmation)!)["Confirmation code"]);
        Assert.Equal(firstCode, Assert.IsType<AppointmentDetails>(conversation.Result.Result).ConfirmationCode);
        Assert.Equal(1, await host.CountAsync("Appointments"));
        Assert.Equal(1, await host.CountAsync("OutboxMessages"));
    }

    [Fact]
    public async Task The_same_request_id_books_once()
    {
        await using var host = await BookingTestHost.StartAsync();
        var request = new BookingRequest
        {
            Service = "Product Demo", Date = new DateOnly(2026, 3, 4), Time = new TimeOnly(11, 0),
            Name = "Jordan Lee", Email = "jordan@example.com", Phone = "(212) 555-0147", RequestId = Guid.NewGuid(),
        };
        var bookings = host.Get<BookingService>();

        var results = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => bookings.BookAsync(request)));
        var later = await bookings.BookAsync(request with { Time = new TimeOnly(14, 0) });

        Assert.All(results.Append(later), r => Assert.Equal(BookingStatus.Booked, r.Status));
        Assert.Single(results.Append(later).Select(r => r.Appointment!.Id).Distinct());
        Assert.Equal(1, await host.CountAsync("Appointments"));
        Assert.Equal(1, await host.CountAsync("OutboxMessages"));
        Assert.Equal(BookingStatus.Booked, (await bookings.BookAsync(request with { RequestId = Guid.NewGuid() })).Status);
    }
}
