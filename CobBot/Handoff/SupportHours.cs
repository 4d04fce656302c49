using CobBot.Company;
using Microsoft.Extensions.Options;

namespace CobBot.Handoff;

/// <summary>
/// Decides whether live agents are available, from weekly <see cref="SupportWindow"/>s in the support time zone
/// and a holiday list. Windows are wall-clock times, so they follow daylight-saving changes.
/// </summary>
public sealed class SupportHours
{
    // Far enough to step over any run of holidays; a schedule with no window in a year has none.
    private const int SearchDays = 370;

    private readonly TimeProvider _timeProvider;
    private readonly IReadOnlyList<SupportWindow> _windows;
    private readonly HashSet<DateOnly> _holidays;
    private readonly string _timeZoneLabel;

    /// <summary>Creates the schedule; an empty window list means <see cref="SupportHoursOptions.DefaultWindows"/>.</summary>
    public SupportHours(IOptions<SupportHoursOptions> options, IOptions<CompanyOptions> company, TimeProvider timeProvider)
    {
        var value = options.Value;
        _timeProvider = timeProvider;
        TimeZone = TimeZoneInfo.FindSystemTimeZoneById(company.Value.TimeZone);
        _windows = value.Windows.Count > 0 ? [.. value.Windows] : [.. SupportHoursOptions.DefaultWindows()];
        _holidays = [.. value.Holidays];
        _timeZoneLabel = value.TimeZoneLabel;
    }

    /// <summary>The time zone the windows are written in.</summary>
    public TimeZoneInfo TimeZone { get; }

    /// <summary>True when agents are available now.</summary>
    public bool IsOpen() => IsOpen(_timeProvider.GetUtcNow());

    /// <summary>True when <paramref name="now"/> falls inside a window that is not on a holiday.</summary>
    public bool IsOpen(DateTimeOffset now)
    {
        var today = LocalDate(now);
        return Occurrences(today.AddDays(-1), today).Any(o => o.Start <= now && now < o.End);
    }

    /// <summary>When agents are next available: <paramref name="now"/> itself when open, else the next window's start; null when no window opens within a year.</summary>
    public DateTimeOffset? NextOpening(DateTimeOffset now)
    {
        if (IsOpen(now)) return now;
        var today = LocalDate(now);
        return Occurrences(today, today.AddDays(SearchDays))
            .Where(o => o.Start > now)
            .Select(o => (DateTimeOffset?)o.Start)
            .FirstOrDefault();
    }

    /// <summary>Formats an instant in the support time zone, e.g. "Monday, March 9 at 4:00 PM ET".</summary>
    public string Describe(DateTimeOffset instant)
    {
        var local = TimeZoneInfo.ConvertTime(instant, TimeZone);
        var culture = System.Globalization.CultureInfo.GetCultureInfo("en-US");
        return $"{local.ToString("dddd, MMMM d 'at' h:mm tt", culture)} {_timeZoneLabel}";
    }

    private DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, TimeZone).DateTime);

    /// <summary>Window occurrences opening on the days from <paramref name="first"/> to <paramref name="last"/>, in start order.</summary>
    private IEnumerable<(DateTimeOffset Start, DateTimeOffset End)> Occurrences(DateOnly first, DateOnly last)
    {
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            if (_holidays.Contains(day)) continue;
            foreach (var window in _windows.Where(w => w.Day == day.DayOfWeek).OrderBy(w => w.Open))
            {
                yield return (ToInstant(day, window.Open), ToInstant(window.CrossesMidnight ? day.AddDays(1) : day, window.Close));
            }
        }
    }

    /// <summary>
    /// The instant of a local wall-clock time. A time skipped by a spring-forward change is read with the
    /// standard offset (so it lands just after the change); a repeated fall-back time takes its first occurrence.
    /// </summary>
    private DateTimeOffset ToInstant(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time);
        var offset = TimeZone.IsInvalidTime(local) ? TimeZone.BaseUtcOffset
            : TimeZone.IsAmbiguousTime(local) ? TimeZone.GetAmbiguousTimeOffsets(local).Max()
            : TimeZone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }
}
