namespace CobBot.Scheduling.Catalog;

/// <summary>A day without appointments, as a date in each staff member's own time zone.</summary>
public sealed record Holiday(DateOnly Date, string Name);
