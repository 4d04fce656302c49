using CobBot.Scheduling;
using static CobBot.Tests.Scheduling.Days;

namespace CobBot.Tests.Scheduling;

/// <summary>Times are stored in UTC and shown in the customer's zone: the 2026 switches of New York and London.</summary>
public class DaylightSavingTests
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
    private static readonly TimeZoneInfo Tokyo = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");

    [Fact]
    public async Task A_winter_weekday_offers_half_hourly_demos_from_nine_to_four_thirty_eastern_standard_time()
    {
        await using var host = await SchedulingTestHost.StartAsync();

        var day = await GetDayAsync(host, "Product Demo", new DateOnly(2026, 3, 6));

        Assert.Equal(DayStatus.Open, day.Status);
        Assert.Equal(16, day.Slots.Count);
        Assert.Equal(Utc(2026, 3, 6, 14, 0), day.Slots[0].Start);
        Assert.Equal(new DateTimeOffset(2026, 3, 6, 9, 0, 0, TimeSpan.FromHours(-5)), day.Slots[0].Start);
        Assert.Equal(TimeSpan.FromHours(-5), day.Slots[0].Start.Offset);
        Assert.Equal(new DateTimeOffset(2026, 3, 6, 16, 30, 0, TimeSpan.FromHours(-5)), day.Slots[^1].Start);
        Assert.Equal(new DateTimeOffset(2026, 3, 6, 17, 0, 0, TimeSpan.FromHours(-5)), day.Slots[^1].End);
    }

    [Fact]
    public async Task After_the_March_2026_switch_nine_eastern_is_thirteen_utc()
    {
        await using var host = await SchedulingTestHost.StartAsync();

        var friday = await GetDayAsync(host, "Product Demo", new DateOnly(2026, 3, 6));
        var monday = await GetDayAsync(host, "Product Demo", new DateOnly(2026, 3, 9));

        Assert.Equal(Utc(2026, 3, 6, 14, 0), friday.Slots[0].Start);
        Assert.Equal(Utc(2026, 3, 9, 13, 0), monday.Slots[0].Start);
        Assert.Equal(new DateTimeOffset(2026, 3, 9, 9, 0, 0, TimeSpan.FromHours(-4)), monday.Slots[0].Start);
        Assert.Equal(TimeSpan.FromHours(-4), monday.Slots[0].Start.Offset);
        Assert.Equal(16, monday.Slots.Count);
    }

    [Fact]
    public async Task After_the_November_2026_switch_nine_eastern_is_fourteen_utc()
    {
        await using var host = await SchedulingTestHost.StartAsync(now: Utc(2026, 10, 26, 13, 0));

        var friday = await GetDayAsync(host, "Product Demo", new DateOnly(2026, 10, 30));
        var sunday = await GetDayAsync(host, "Product Demo", new DateOnly(2026, 11, 1));
        var monday = await GetDayAsync(host, "Product Demo", new DateOnly(2026, 11, 2));

        Assert.Equal(new DateTimeOffset(2026, 10, 30, 9, 0, 0, TimeSpan.FromHours(-4)), friday.Slots[0].Start);
        Assert.Equal(Utc(2026, 10, 30, 13, 0), friday.Slots[0].Start);
        Assert.Equal(DayStatus.NonWorkingDay, sunday.Status);
        Assert.Equal(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.FromHours(-5)), monday.Slots[0].Start);
        Assert.Equal(Utc(2026, 11, 2, 14, 0), monday.Slots[0].Start);
        Assert.Equal(16, monday.Slots.Count);
    }

    [Fact]
    public async Task A_London_customer_sees_the_shorter_gap_between_the_US_and_UK_switches()
    {
        await using var host = await SchedulingTestHost.StartAsync();

        // New York moved to daylight time on March 8, London only on March 29: a 4-hour difference in between.
        var day = await GetDayAsync(host, "Product Demo", new DateOnly(2026, 3, 20), London);

        Assert.Equal(new DateTimeOffset(2026, 3, 20, 13, 0, 0, TimeSpan.Zero), day.Slots[0].Start);
        Assert.Equal(TimeSpan.Zero, day.Slots[0].Start.Offset);
        Assert.Equal(new DateTimeOffset(2026, 3, 20, 20, 30, 0, TimeSpan.Zero), day.Slots[^1].Start);
    }

    [Fact]
    public async Task A_Tokyo_date_spans_two_Eastern_working_days()
    {
        await using var host = await SchedulingTestHost.StartAsync();

        var day = await GetDayAsync(host, "Product Demo", new DateOnly(2026, 3, 10), Tokyo);

        // Tuesday in Tokyo = Monday 11:00–17:00 EDT (00:00–06:00 JST) and Tuesday 09:00–11:00 EDT (22:00–24:00 JST).
        var times = day.Slots.Select(s => s.Start.ToString("HH:mm")).ToList();
        Assert.Equal(16, times.Count);
        Assert.Equal("00:00", times[0]);
        Assert.Equal("05:30", times[11]);
        Assert.Equal(["22:00", "22:30", "23:00", "23:30"], times[12..]);
        Assert.All(day.Slots, s => Assert.Equal(TimeSpan.FromHours(9), s.Start.Offset));
    }
}
