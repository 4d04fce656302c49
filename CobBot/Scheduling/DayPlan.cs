namespace CobBot.Scheduling;

/// <summary>A day's calendar for one appointment type, before bookings are taken into account.</summary>
/// <param name="Status">Why the day is closed, or <see cref="DayStatus.Open"/> (bookings are not checked yet).</param>
/// <param name="HolidayName">The holiday's name when <paramref name="Status"/> is <see cref="DayStatus.Holiday"/>.</param>
/// <param name="Working">Candidate times on working (non-holiday) days, lead time and horizon not applied.</param>
/// <param name="Bookable">The subset of <paramref name="Working"/> inside lead time and horizon.</param>
internal sealed record DayPlan(DayStatus Status, string? HolidayName, IReadOnlyList<SlotCandidate> Working, IReadOnlyList<SlotCandidate> Bookable);
