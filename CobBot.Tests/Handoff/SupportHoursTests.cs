using CobBot.Company;
using CobBot.Handoff;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CobBot.Tests.Handoff;

public class SupportHoursTests
{
    private static SupportHours Create(Action<SupportHoursOptions>? configure = null, DateTimeOffset? now = null)
    {
        var options = new SupportHoursOptions();
        configure?.Invoke(options);
        return new SupportHours(Options.Create(options), Options.Create(new CompanyOptions()), new FakeTimeProvider(now ?? Eastern.At("2026-11-23 12:00")));
    }

    [Theory]
    [InlineData("2026-11-23 15:59", false)] // Monday 3:59 PM
    [InlineData("2026-11-23 16:00", true)]  // Monday 4:00 PM
    [InlineData("2026-11-23 00:30", false)] // Monday 12:30 AM belongs to Sunday
    [InlineData("2026-11-24 00:30", true)]  // Tuesday 12:30 AM belongs to Monday's window
    [InlineData("2026-11-24 00:59", true)]
    [InlineData("2026-11-24 01:00", false)]
    [InlineData("2026-11-27 23:59", true)]  // Friday night
    [InlineData("2026-11-28 00:59", true)]  // Saturday 12:59 AM, still Friday's window
    [InlineData("2026-11-28 01:00", false)] // Saturday 1:00 AM
    [InlineData("2026-11-28 16:30", false)] // Saturday afternoon
    [InlineData("2026-11-29 20:00", false)] // Sunday evening
    [InlineData("2026-11-25 12:00", false)] // Wednesday noon
    public void Default_hours_are_weekday_evenings_crossing_midnight(string local, bool open)
    {
        Assert.Equal(open, Create().IsOpen(Eastern.At(local)));
    }

    [Theory]
    [InlineData("2026-12-25 17:00", false)] // the holiday's own window
    [InlineData("2026-12-26 00:30", false)] // its after-midnight part
    [InlineData("2026-12-25 00:30", true)]  // Thursday's window runs into the holiday morning
    [InlineData("2026-12-24 23:00", true)]
    [InlineData("2026-12-28 16:00", true)]
    public void A_holiday_closes_the_window_that_opens_on_it(string local, bool open)
    {
        var hours = Create(o => o.Holidays.Add(new DateOnly(2026, 12, 25)));
        Assert.Equal(open, hours.IsOpen(Eastern.At(local)));
    }

    [Theory]
    // Spring forward on Sunday 2026-03-08: 4 PM is 21:00Z on the Friday before and 20:00Z on the Monday after.
    [InlineData("2026-03-06T20:30:00Z", false)]
    [InlineData("2026-03-06T21:00:00Z", true)]
    [InlineData("2026-03-09T19:59:00Z", false)]
    [InlineData("2026-03-09T20:00:00Z", true)]
    [InlineData("2026-03-10T04:59:00Z", true)]  // Tuesday 12:59 AM EDT
    [InlineData("2026-03-10T05:00:00Z", false)] // Tuesday 1:00 AM EDT
    // Fall back on Sunday 2026-11-01: 4 PM is 20:00Z on the Friday before and 21:00Z on the Monday after.
    [InlineData("2026-10-30T20:00:00Z", true)]
    [InlineData("2026-11-02T20:30:00Z", false)]
    [InlineData("2026-11-02T21:00:00Z", true)]
    public void Windows_follow_daylight_saving_changes(string utc, bool open)
    {
        Assert.Equal(open, Create().IsOpen(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("2026-11-23 00:30", "2026-11-23 16:00")] // Monday early morning → Monday afternoon
    [InlineData("2026-11-28 01:00", "2026-11-30 16:00")] // Saturday 1 AM → Monday
    [InlineData("2026-11-25 12:00", "2026-11-25 16:00")]
    [InlineData("2026-12-25 10:00", "2026-12-28 16:00")] // holiday Friday → Monday
    [InlineData("2026-03-07 12:00", "2026-03-09 16:00")] // across the spring-forward weekend
    public void Next_opening_is_the_next_window_start(string local, string expected)
    {
        var hours = Create(o => o.Holidays.Add(new DateOnly(2026, 12, 25)));
        Assert.Equal(Eastern.At(expected), hours.NextOpening(Eastern.At(local)));
    }

    [Fact]
    public void Next_opening_across_spring_forward_is_at_the_new_offset()
    {
        var next = Create().NextOpening(Eastern.At("2026-03-07 12:00"));
        Assert.Equal(new DateTimeOffset(2026, 3, 9, 20, 0, 0, TimeSpan.Zero), next);
    }

    [Fact]
    public void Next_opening_while_open_is_now()
    {
        var now = Eastern.At("2026-11-23 18:00");
        Assert.Equal(now, Create().NextOpening(now));
    }

    [Fact]
    public void Next_opening_is_null_when_no_window_opens_within_a_year()
    {
        var saturdayOnly = Create(o =>
        {
            o.Windows.Add(new SupportWindow { Day = DayOfWeek.Saturday, Open = new TimeOnly(10, 0), Close = new TimeOnly(14, 0) });
            for (var day = new DateOnly(2026, 11, 28); day < new DateOnly(2028, 1, 1); day = day.AddDays(7)) o.Holidays.Add(day);
        });
        Assert.Null(saturdayOnly.NextOpening(Eastern.At("2026-11-23 12:00")));
    }

    [Theory]
    [InlineData("2026-11-28 10:00", true)]
    [InlineData("2026-11-28 13:59", true)]
    [InlineData("2026-11-28 14:00", false)]
    [InlineData("2026-11-23 17:00", false)] // configured windows replace the defaults
    public void Configured_windows_replace_the_defaults(string local, bool open)
    {
        var hours = Create(o => o.Windows.Add(new SupportWindow { Day = DayOfWeek.Saturday, Open = new TimeOnly(10, 0), Close = new TimeOnly(14, 0) }));
        Assert.Equal(open, hours.IsOpen(Eastern.At(local)));
    }

    [Fact]
    public void A_window_starting_in_the_spring_forward_gap_opens_when_the_clock_jumps()
    {
        var hours = Create(o => o.Windows.Add(new SupportWindow { Day = DayOfWeek.Sunday, Open = new TimeOnly(2, 30), Close = new TimeOnly(4, 0) }));
        var jump = new DateTimeOffset(2026, 3, 8, 7, 0, 0, TimeSpan.Zero); // 2:00 EST becomes 3:00 EDT
        Assert.False(hours.IsOpen(jump.AddMinutes(-1)));
        Assert.True(hours.IsOpen(jump.AddMinutes(30)));   // 2:30 "EST" read as 3:30 EDT
        Assert.Equal(jump.AddMinutes(30), hours.NextOpening(jump.AddHours(-5)));
    }

    [Fact]
    public void Is_open_without_an_argument_reads_the_injected_clock()
    {
        Assert.True(Create(now: Eastern.At("2026-11-24 00:30")).IsOpen());
        Assert.False(Create(now: Eastern.At("2026-11-23 00:30")).IsOpen());
    }

    [Fact]
    public void Describe_names_the_day_and_time_in_eastern_time()
    {
        Assert.Equal("Monday, March 9 at 4:00 PM ET", Create().Describe(new DateTimeOffset(2026, 3, 9, 20, 0, 0, TimeSpan.Zero)));
    }
}
