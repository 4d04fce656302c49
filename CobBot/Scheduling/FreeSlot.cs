namespace CobBot.Scheduling;

/// <summary>A bookable time: at least one qualified staff member is free for the whole appointment.</summary>
/// <param name="Start">Start, with the offset of the zone it is shown in.</param>
/// <param name="End">End, with the offset of the zone it is shown in.</param>
public sealed record FreeSlot(DateTimeOffset Start, DateTimeOffset End)
{
    internal static FreeSlot Create(DateTime startUtc, DateTime endUtc, TimeZoneInfo zone) =>
        new(SchedulingTimeZones.InZone(startUtc, zone), SchedulingTimeZones.InZone(endUtc, zone));
}
