using CobBot.Scheduling;
using CobBot.Scheduling.Catalog;
using Microsoft.EntityFrameworkCore;

namespace CobBot.Tests.Scheduling;

public class AppointmentChangeServiceTests
{
    private static readonly DateOnly Tuesday = new(2026, 3, 10);

    [Fact]
    public async Task An_appointment_is_found_by_code_and_email_ignoring_case_and_the_dash()
    {
        await using var host = await SchedulingTestHost.StartAsync();
        var booked = await Bookings.BookAsync(host, "Product Demo", Tuesday, new TimeOnly(10, 0));
        var changes = host.Get<AppointmentChangeService>();

        var found = await changes.FindAsync(booked.ConfirmationCode.Replace("-", "").ToLowerInvariant(), " CUSTOMER1@Example.COM ");
        var wrongEmail = await changes.FindAsync(booked.ConfirmationCode, "someone@example.com");
        var malformed = await changes.FindAsync("COB-1234", "customer1@example.com");

        Assert.Equal(booked.Id, found?.Id);
        Assert.Equal(AppointmentStatus.Booked, found!.Status);
        Assert.Null(wrongEmail);
        Assert.Null(malformed);
    }

    [Fact]
    public async Task Cancelling_frees_the_time_bumps_the_sequence_and_queues_the_cancellation()
    {
        await using var host = await SchedulingTestHost.StartAsync(dataFiles: SingleStaffCatalog.Files);
        var booked = await Bookings.BookAsync(host, "Product Demo", Tuesday, new TimeOnly(10, 0));

        var result = await host.Get<AppointmentChangeService>().CancelAsync(booked.ConfirmationCode, "customer1@example.com");

        Assert.Equal(ChangeStatus.Done, result.Status);
        Assert.Equal(AppointmentStatus.Cancelled, result.Appointment!.Status);
        Assert.Equal(1, result.Appointment.Sequence);
        await using var db = host.CreateDbContext();
        Assert.Equal(0, await db.AppointmentSlotClaims.CountAsync());
        Assert.Equal(2, await db.OutboxMessages.CountAsync());
        await Bookings.BookAsync(host, "Product Demo", Tuesday, new TimeOnly(10, 0), customer: 2);
    }

    [Fact]
    public async Task Free_cancellation_ends_exactly_two_hours_before_the_start()
    {
        await using var host = await SchedulingTestHost.StartAsync();
        var first = await Bookings.BookAsync(host, "Product Demo", Tuesday, new TimeOnly(10, 0), customer: 1);
        var second = await Bookings.BookAsync(host, "Product Demo", Tuesday, new TimeOnly(10, 0), customer: 2);
        var changes = host.Get<AppointmentChangeService>();

        host.Time.SetUtcNow(first.Start.AddHours(-2));
        var atCutoff = await changes.CancelAsync(first.ConfirmationCode, "customer1@example.com");
        host.Time.Advance(TimeSpan.FromSeconds(1));
        var late = await changes.CancelAsync(second.ConfirmationCode, "customer2@example.com");

        Assert.Equal(ChangeStatus.Done, atCutoff.Status);
        Assert.Equal(ChangeStatus.TooLate, late.Status);
        Assert.Contains("2 hours before the start", late.Reason);
        Assert.Contains("Tuesday, March 10, 2026, 8:00 AM Eastern Daylight Time", late.Reason);
        Assert.Contains("(929) 229-7209", late.Reason);
        Assert.Equal(AppointmentStatus.Booked, late.Appointment!.Status);
    }

    [Fact]
    public async Task Cancelling_twice_or_after_the_end_is_refused_but_an_agent_may_cancel_late()
    {
        await using var host = await SchedulingTestHost.StartAsync();
        var first = await Bookings.BookAsync(host, "Product Demo", Tuesday, new TimeOnly(10, 0), customer: 1);
        var second = await Bookings.BookAsync(host, "Product Demo", Tuesday, new TimeOnly(11, 0), customer: 2);
        var third = await Bookings.BookAsync(host, "Product Demo", Tuesday, new TimeOnly(9, 0), customer: 3);
        var changes = host.Get<AppointmentChangeService>();
        await changes.CancelAsync(first.ConfirmationCode, "customer1@example.com");

        var again = await changes.CancelAsync(first.ConfirmationCode, "customer1@example.com");
        host.Time.SetUtcNow(second.Start.AddMinutes(-30));
        var agentLate = await changes.CancelByAgentAsync(second.Id);
        var agentAfterEnd = await changes.CancelByAgentAsync(third.Id);

        Assert.Equal(ChangeStatus.AlreadyCancelled, again.Status);
        Assert.Equal(ChangeStatus.Done, agentLate.Status);
        Assert.Equal(ChangeStatus.TooLate, agentAfterEnd.Status);
        Assert.Equal("This appointment has already taken place.", agentAfterEnd.Reason);
        Assert.Equal(ChangeStatus.NotFound, (await changes.CancelByAgentAsync(Guid.NewGuid())).Status);
    }

    [Fact]
    public async Task Rescheduling_moves_the_claims_keeps_the_person_and_bumps_the_sequence()
    {
        await using var host = await SchedulingTestHost.StartAsync();
        var booked = await Bookings.BookAsync(host, "Benefits Analysis", Tuesday, new TimeOnly(10, 0), "America/Chicago");

        // 10:30 Central overlaps the old 10:00–11:00 Central: the person's own cells count as free.
        var result = await host.Get<AppointmentChangeService>().RescheduleAsync(
            booked.ConfirmationCode, "customer1@example.com", Tuesday, new TimeOnly(10, 30));

        Assert.Equal(ChangeStatus.Done, result.Status);
        var moved = result.Appointment!;
        Assert.Equal(new DateTimeOffset(2026, 3, 10, 10, 30, 0, TimeSpan.FromHours(-5)), moved.Start);
        Assert.Equal(booked.StaffName, moved.StaffName);
        Assert.Equal(1, moved.Sequence);
        Assert.Equal(booked.ConfirmationCode, moved.ConfirmationCode);
        await using var db = host.CreateDbContext();
        var cells = await db.AppointmentSlotClaims.OrderBy(c => c.CellStartUtc).Select(c => c.CellStartUtc).ToListAsync();
        Assert.Equal(
            [new DateTime(2026, 3, 10, 15, 30, 0), new DateTime(2026, 3, 10, 15, 45, 0), new DateTime(2026, 3, 10, 16, 0, 0), new DateTime(2026, 3, 10, 16, 15, 0)],
            cells);
        Assert.Equal(2, await db.OutboxMessages.CountAsync());
    }

    [Fact]
    public async Task Rescheduling_into_a_taken_time_changes_nothing_and_offers_alternatives()
    {
        await using var host = await SchedulingTestHost.StartAsync(dataFiles: SingleStaffCatalog.Files);
        var mine = await Bookings.BookAsync(host, "Product Demo", Tuesday, new TimeOnly(10, 0), customer: 1);
        await Bookings.BookAsync(host, "Product Demo", Tuesday, new TimeOnly(14, 0), customer: 2);

        var result = await host.Get<AppointmentChangeService>().RescheduleAsync(
            mine.ConfirmationCode, "customer1@example.com", Tuesday, new TimeOnly(14, 0));

        Assert.Equal(ChangeStatus.SlotTaken, result.Status);
        Assert.Equal(["13:30", "14:30", "13:00"], result.Alternatives.Select(s => s.Start.ToString("HH:mm")));
        var unchanged = await host.Get<AppointmentChangeService>().FindAsync(mine.ConfirmationCode, "customer1@example.com");
        Assert.Equal(mine.Start, unchanged!.Start);
        Assert.Equal(0, unchanged.Sequence);
    }

    [Theory]
    [InlineData("2026-03-14", "10:00", "preferred_date")]
    [InlineData("2026-03-10", "10:10", "preferred_time")]
    [InlineData("2026-03-10", "10:00", "preferred_time")]
    public async Task Rescheduling_applies_the_booking_rules(string date, string time, string field)
    {
        await using var host = await SchedulingTestHost.StartAsync();
        var booked = await Bookings.BookAsync(host, "Product Demo", Tuesday, new TimeOnly(10, 0));

        var result = await host.Get<AppointmentChangeService>().RescheduleAsync(
            booked.ConfirmationCode, "customer1@example.com", DateOnly.Parse(date), TimeOnly.Parse(time));

        Assert.Equal(ChangeStatus.Invalid, result.Status);
        Assert.Equal([field], result.Errors.Keys);
    }

    [Fact]
    public async Task Rescheduling_inside_two_hours_is_refused()
    {
        await using var host = await SchedulingTestHost.StartAsync();
        var booked = await Bookings.BookAsync(host, "Product Demo", Tuesday, new TimeOnly(10, 0));
        host.Time.SetUtcNow(booked.Start.AddHours(-1));

        var result = await host.Get<AppointmentChangeService>().RescheduleAsync(
            booked.ConfirmationCode, "customer1@example.com", new DateOnly(2026, 3, 12), new TimeOnly(10, 0));

        Assert.Equal(ChangeStatus.TooLate, result.Status);
    }

    [Fact]
    public async Task After_rescheduling_the_old_time_is_free_again()
    {
        await using var host = await SchedulingTestHost.StartAsync(dataFiles: SingleStaffCatalog.Files);
        var booked = await Bookings.BookAsync(host, "Product Demo", Tuesday, new TimeOnly(10, 0));
        var type = host.Get<SchedulingCatalog>().FindType("Product Demo")!;

        await host.Get<AppointmentChangeService>().RescheduleAsync(booked.ConfirmationCode, "customer1@example.com", Tuesday, new TimeOnly(15, 0));
        var day = await host.Get<AvailabilityService>().GetDayAsync(type, Tuesday);

        Assert.Contains(day.Slots, s => s.Start == booked.Start);
        Assert.DoesNotContain(day.Slots, s => s.Start.Hour == 15 && s.Start.Minute == 0);
    }
}
