using System.Diagnostics;
using CobBot.Scheduling;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace CobBot.Tests.Scheduling;

/// <summary>
/// 50 customers ask for the same time at once, each through its own DbContext and connection on a real SQLite
/// file. "One slot" is one qualified person's time: with one person exactly one booking wins; with two, two do.
/// </summary>
public class ConcurrentBookingTests(ITestOutputHelper output)
{
    private const int Customers = 50;
    private static readonly DateOnly Tuesday = new(2026, 3, 10);

    [Fact]
    public async Task Fifty_concurrent_bookings_for_one_slot_yield_exactly_one_appointment()
    {
        await using var host = await SchedulingTestHost.StartAsync(dataFiles: SingleStaffCatalog.Files);

        var results = await BookConcurrentlyAsync(host, "Product Demo", new TimeOnly(10, 0));

        var booked = Assert.Single(results, r => r.Status == BookingStatus.Booked);
        var taken = results.Where(r => r.Status == BookingStatus.SlotTaken).ToList();
        Assert.Equal(Customers - 1, taken.Count);
        Assert.All(taken, r =>
        {
            Assert.Equal(3, r.Alternatives.Count);
            Assert.DoesNotContain(r.Alternatives, s => s.Start == booked.Appointment!.Start);
        });
        Assert.Equal(["09:30", "10:30", "09:00"], taken[0].Alternatives.Select(s => s.Start.ToString("HH:mm")));

        await using var db = host.CreateDbContext();
        Assert.Equal(1, await db.Appointments.CountAsync());
        Assert.Equal(2, await db.AppointmentSlotClaims.CountAsync());
        Assert.Equal(1, await db.OutboxMessages.CountAsync());
    }

    [Fact]
    public async Task Fifty_concurrent_bookings_for_a_time_two_people_can_serve_yield_two_appointments()
    {
        await using var host = await SchedulingTestHost.StartAsync();

        var results = await BookConcurrentlyAsync(host, "Benefits Analysis", new TimeOnly(10, 0));

        var booked = results.Where(r => r.Status == BookingStatus.Booked).Select(r => r.Appointment!).ToList();
        Assert.Equal(2, booked.Count);
        Assert.NotEqual(booked[0].StaffName, booked[1].StaffName);
        Assert.Equal(Customers - 2, results.Count(r => r.Status == BookingStatus.SlotTaken));
        await using var db = host.CreateDbContext();
        Assert.Equal(2, await db.Appointments.CountAsync());
    }

    private async Task<BookingResult[]> BookConcurrentlyAsync(SchedulingTestHost host, string service, TimeOnly time)
    {
        var bookings = host.Get<BookingService>();
        var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var tasks = Enumerable.Range(1, Customers)
            .Select(i => Task.Run(async () =>
            {
                await go.Task;
                return await bookings.BookAsync(Bookings.Request(service, Tuesday, time, customer: i));
            }))
            .ToList();

        var clock = Stopwatch.StartNew();
        go.SetResult();
        var results = await Task.WhenAll(tasks);
        output.WriteLine($"{Customers} concurrent bookings of {service} finished in {clock.ElapsedMilliseconds} ms");
        return results;
    }
}
