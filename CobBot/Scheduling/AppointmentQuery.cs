namespace CobBot.Scheduling;

/// <summary>Filters for the agents' appointment list; null means "any".</summary>
/// <param name="Date">Appointments starting on this date in the business zone.</param>
/// <param name="Status">Only booked or only cancelled.</param>
/// <param name="Email">The customer's email (case-insensitive, exact).</param>
/// <param name="Limit">At most this many, earliest start first.</param>
public sealed record AppointmentQuery(DateOnly? Date = null, AppointmentStatus? Status = null, string? Email = null, int Limit = 100);
