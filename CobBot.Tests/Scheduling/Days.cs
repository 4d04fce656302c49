using CobBot.Scheduling;
using CobBot.Scheduling.Catalog;

namespace CobBot.Tests.Scheduling;

/// <summary>Shorthands for availability tests.</summary>
internal static class Days
{
    public static DateTimeOffset Utc(int year, int month, int day, int hour, int minute) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    public static AppointmentType Type(SchedulingTestHost host, string name) => host.Get<SchedulingCatalog>().FindType(name)!;

    public static Task<DayAvailability> GetDayAsync(SchedulingTestHost host, string service, DateOnly date, TimeZoneInfo? zone = null) =>
        host.Get<AvailabilityService>().GetDayAsync(Type(host, service), date, zone);

    public static List<string> Times(DayAvailability day) => [.. day.Slots.Select(s => s.Start.ToString("HH:mm"))];
}
