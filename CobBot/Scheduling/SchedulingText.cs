using System.Globalization;

namespace CobBot.Scheduling;

/// <summary>Customer-facing wording of dates and times (English), e.g. "Tuesday, March 10, 2026, 9:00 AM Eastern Daylight Time".</summary>
public static class SchedulingText
{
    private static readonly CultureInfo English = CultureInfo.InvariantCulture;

    /// <summary>"Tuesday, March 10, 2026".</summary>
    public static string Date(DateOnly date) => date.ToString("dddd, MMMM d, yyyy", English);

    /// <summary>"9:00 AM" (the wall-clock time of <paramref name="value"/> as given).</summary>
    public static string Time(DateTimeOffset value) => value.ToString("h:mm tt", English);

    /// <summary>The zone's name at <paramref name="instant"/>, e.g. "Eastern Daylight Time".</summary>
    public static string ZoneName(TimeZoneInfo zone, DateTimeOffset instant) =>
        zone.IsDaylightSavingTime(instant) ? zone.DaylightName : zone.StandardName;

    /// <summary>"Tuesday, March 10, 2026, 9:00 AM Eastern Daylight Time" for <paramref name="instant"/> shown in <paramref name="zone"/>.</summary>
    public static string DateTime(DateTimeOffset instant, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        return $"{Date(DateOnly.FromDateTime(local.DateTime))}, {Time(local)} {ZoneName(zone, instant)}";
    }

    /// <summary>"Tuesday, March 10, 2026, 9:00 AM – 9:30 AM Eastern Daylight Time".</summary>
    public static string Range(DateTimeOffset start, DateTimeOffset end, TimeZoneInfo zone)
    {
        var localStart = TimeZoneInfo.ConvertTime(start, zone);
        var localEnd = TimeZoneInfo.ConvertTime(end, zone);
        return $"{Date(DateOnly.FromDateTime(localStart.DateTime))}, {Time(localStart)} – {Time(localEnd)} {ZoneName(zone, start)}";
    }

    /// <summary>The <see cref="Range(DateTimeOffset, DateTimeOffset, TimeZoneInfo)"/> of a slot of <paramref name="duration"/> starting at <paramref name="date"/> <paramref name="time"/> in <paramref name="zone"/>.</summary>
    public static string Range(DateOnly date, TimeOnly time, TimeSpan duration, TimeZoneInfo zone)
    {
        var start = SchedulingTimeZones.InZone(SchedulingTimeZones.ToUtc(date, time, zone)!.Value, zone);
        return Range(start, start + duration, zone);
    }
}
