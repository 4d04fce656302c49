using CobBot.Scheduling;
using static CobBot.Tests.Scheduling.Days;

namespace CobBot.Tests.Scheduling;

public class AvailabilityTests
{
    [Theory]
    [InlineData("Technical Consultation", 15, "16:00")]
    [InlineData("Benefits Analysis", 15, "16:00")]
    [InlineData("Support Session", 16, "16:30")]
    public async Task The_last_start_leaves_room_for_the_whole_appointment(string service, int count, string lastStart)
    {
        await using var host = await SchedulingTestHost.StartAsync();

        var day = await GetDayAsync(host, service, new DateOnly(2026, 3, 10));

        Assert.Equal(count, day.Slots.Count);
        Assert.Equal(lastStart, day.Slots[^1].Start.ToString("HH:mm"));
        Assert.True(day.Slots[^1].End <= new DateTimeOffset(2026, 3, 10, 17, 0, 0, TimeSpan.FromHours(-4)));
    }

    [Theory]
    [InlineData("2026-03-01", DayStatus.Past)]
    [InlineData("2026-03-02", DayStatus.InsideLeadTime)]
    [InlineData("2026-03-07", DayStatus.NonWorkingDay)]
    [InlineData("2026-05-04", DayStatus.BeyondHorizon)]
    public async Task Closed_days_say_why(string date, DayStatus expected)
    {
        await using var host = await SchedulingTestHost.StartAsync();

        var day = await GetDayAsync(host, "Product Demo", DateOnly.Parse(date));

        Assert.Equal(expected, day.Status);
        Assert.Empty(day.Slots);
    }

    [Fact]
    public async Task Holidays_are_closed_and_named()
    {
        await using var host = await SchedulingTestHost.StartAsync(now: Utc(2026, 6, 15, 14, 0));

        var day = await GetDayAsync(host, "Product Demo", new DateOnly(2026, 7, 3));

        Assert.Equal(DayStatus.Holiday, day.Status);
        Assert.Equal("Independence Day (observed)", day.HolidayName);
    }

    [Fact]
    public async Task Lead_time_and_horizon_cut_partial_days()
    {
        await using var host = await SchedulingTestHost.StartAsync(now: Utc(2026, 3, 2, 14, 10));

        var tomorrow = await GetDayAsync(host, "Product Demo", new DateOnly(2026, 3, 3));
        var lastDay = await GetDayAsync(host, "Product Demo", new DateOnly(2026, 5, 1));

        // Now is 9:10 EST: 9:00 tomorrow is less than 24 hours away. The horizon ends May 1, 10:10 EDT.
        Assert.Equal("09:30", tomorrow.Slots[0].Start.ToString("HH:mm"));
        Assert.Equal(["09:00", "09:30", "10:00"], lastDay.Slots.Select(s => s.Start.ToString("HH:mm")));
    }

    [Fact]
    public async Task A_time_stays_offered_until_every_qualified_person_is_booked_and_overlaps_count()
    {
        await using var host = await SchedulingTestHost.StartAsync();
        var date = new DateOnly(2026, 3, 10);

        await Bookings.BookAsync(host, "Benefits Analysis", date, new TimeOnly(10, 0), customer: 1);
        var afterOne = Times(await GetDayAsync(host, "Benefits Analysis", date));
        await Bookings.BookAsync(host, "Benefits Analysis", date, new TimeOnly(10, 0), customer: 2);
        var afterTwo = Times(await GetDayAsync(host, "Benefits Analysis", date));

        Assert.Contains("10:00", afterOne);
        Assert.DoesNotContain("09:30", afterTwo);
        Assert.DoesNotContain("10:00", afterTwo);
        Assert.DoesNotContain("10:30", afterTwo);
        Assert.Contains("09:00", afterTwo);
        Assert.Contains("11:00", afterTwo);
        // Another type served by one of the same people is blocked only where that person is busy.
        Assert.Contains("10:00", Times(await GetDayAsync(host, "Product Demo", date)));
    }

    [Fact]
    public async Task Nearest_free_slots_are_ordered_by_distance_from_the_wanted_time()
    {
        await using var host = await SchedulingTestHost.StartAsync();
        var date = new DateOnly(2026, 3, 10);
        await Bookings.BookAsync(host, "Benefits Analysis", date, new TimeOnly(10, 0), customer: 1);
        await Bookings.BookAsync(host, "Benefits Analysis", date, new TimeOnly(10, 0), customer: 2);

        var nearest = await host.Get<AvailabilityService>().FindNearestAsync(Type(host, "Benefits Analysis"), Utc(2026, 3, 10, 14, 0));

        Assert.Equal([Utc(2026, 3, 10, 13, 0), Utc(2026, 3, 10, 15, 0), Utc(2026, 3, 10, 15, 30)], nearest.Select(s => s.Start));
    }

    [Fact]
    public async Task A_day_with_every_slot_taken_is_fully_booked()
    {
        await using var host = await SchedulingTestHost.StartAsync();
        var date = new DateOnly(2026, 3, 10);
        for (var hour = 9; hour < 17; hour++)
        {
            await Bookings.BookAsync(host, "Benefits Analysis", date, new TimeOnly(hour, 0), customer: 1);
            await Bookings.BookAsync(host, "Benefits Analysis", date, new TimeOnly(hour, 0), customer: 2);
        }

        var day = await GetDayAsync(host, "Benefits Analysis", date);

        Assert.Equal(DayStatus.FullyBooked, day.Status);
        Assert.Empty(day.Slots);
    }
}
