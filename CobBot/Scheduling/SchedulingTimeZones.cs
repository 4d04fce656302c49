using CobBot.Company;
using Microsoft.Extensions.Options;

namespace CobBot.Scheduling;

/// <summary>Which zone to show times in: the customer's when known, the business zone (Eastern) otherwise.</summary>
public sealed class SchedulingTimeZones(IOptions<CompanyOptions> company)
{
    /// <summary>The business zone (<see cref="CompanyOptions.TimeZone"/>).</summary>
    public TimeZoneInfo Business { get; } = TimeZoneInfo.FindSystemTimeZoneById(company.Value.TimeZone);

    /// <summary>The zone with IANA id <paramref name="id"/>, or null when it is empty or unknown.</summary>
    public static TimeZoneInfo? Find(string? id) =>
        !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id.Trim(), out var zone) ? zone : null;

    /// <summary>The zone with IANA id <paramref name="id"/>, or <see cref="Business"/> when unknown.</summary>
    public TimeZoneInfo Resolve(string? id) => Find(id) ?? Business;

    /// <summary>
    /// The instant of <paramref name="date"/> at <paramref name="time"/> in <paramref name="zone"/>, or null when that
    /// wall-clock time does not exist (skipped by a daylight-saving jump). A repeated time takes the earlier instant.
    /// </summary>
    public static DateTime? ToUtc(DateOnly date, TimeOnly time, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local)) return null;
        if (zone.IsAmbiguousTime(local))
            return DateTime.SpecifyKind(local - zone.GetAmbiguousTimeOffsets(local).Max(), DateTimeKind.Utc);
        return TimeZoneInfo.ConvertTimeToUtc(local, zone);
    }

    /// <summary>The first instant of <paramref name="date"/> in <paramref name="zone"/> (midnight, or the first valid minute after it).</summary>
    public static DateTime StartOfDayUtc(DateOnly date, TimeZoneInfo zone)
    {
        var time = TimeOnly.MinValue;
        DateTime? start;
        while ((start = ToUtc(date, time, zone)) is null) time = time.AddMinutes(15);
        return start.Value;
    }

    /// <summary><paramref name="utc"/> as a date-time with the offset of <paramref name="zone"/> at that instant.</summary>
    public static DateTimeOffset InZone(DateTime utc, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)), zone);
}
