namespace CobBot.Scheduling.Catalog;

/// <summary>A person who runs appointments: which types, and when.</summary>
/// <param name="Id">Stable id stored on appointments, e.g. <c>morgan-ellis</c>.</param>
/// <param name="Name">Display name.</param>
/// <param name="TimeZone">The zone the working hours and holidays are read in.</param>
/// <param name="Services">Names of the appointment types this person runs.</param>
/// <param name="WorkingHours">Weekly working windows.</param>
public sealed record StaffMember(
    string Id, string Name, TimeZoneInfo TimeZone, IReadOnlySet<string> Services, IReadOnlyList<WorkingHours> WorkingHours)
{
    /// <summary>Whether this person runs <paramref name="type"/>.</summary>
    public bool Serves(AppointmentType type) => Services.Contains(type.Name);
}
