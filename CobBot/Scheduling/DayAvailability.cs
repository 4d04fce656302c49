using CobBot.Scheduling.Catalog;

namespace CobBot.Scheduling;

/// <summary>The free slots of one appointment type on one date.</summary>
/// <param name="Service">The appointment type.</param>
/// <param name="Date">The date, in <paramref name="TimeZone"/>.</param>
/// <param name="TimeZone">The zone the date and the slots are expressed in.</param>
/// <param name="Status"><see cref="DayStatus.Open"/> when <paramref name="Slots"/> is not empty, otherwise why it is.</param>
/// <param name="HolidayName">The holiday, when <paramref name="Status"/> is <see cref="DayStatus.Holiday"/>.</param>
/// <param name="Slots">Free slots in start order.</param>
public sealed record DayAvailability(
    AppointmentType Service, DateOnly Date, TimeZoneInfo TimeZone, DayStatus Status, string? HolidayName, IReadOnlyList<FreeSlot> Slots);
