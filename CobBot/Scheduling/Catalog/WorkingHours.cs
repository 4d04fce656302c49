namespace CobBot.Scheduling.Catalog;

/// <summary>One working window of a staff member on a weekday, in the staff member's time zone.</summary>
public sealed record WorkingHours(DayOfWeek Day, TimeOnly Start, TimeOnly End);
