namespace CobBot.Scheduling.Catalog;

/// <summary>
/// The service catalogue and staff calendars loaded from <c>Scheduling/Resources/*.json</c>: appointment types,
/// staff with working hours, and holidays.
/// </summary>
public sealed class SchedulingCatalog
{
    private readonly Dictionary<string, AppointmentType> _typesByName;
    private readonly Dictionary<DateOnly, Holiday> _holidays;

    /// <summary>Creates a catalog; names are matched case-insensitively.</summary>
    public SchedulingCatalog(IEnumerable<AppointmentType> types, IEnumerable<StaffMember> staff, IEnumerable<Holiday> holidays)
    {
        Types = [.. types];
        Staff = [.. staff];
        _typesByName = Types.ToDictionary(t => t.Name, StringComparer.OrdinalIgnoreCase);
        _holidays = holidays.ToDictionary(h => h.Date);
    }

    /// <summary>Appointment types, in catalogue order.</summary>
    public IReadOnlyList<AppointmentType> Types { get; }

    /// <summary>Staff, in catalogue order (the tie-breaker when several could take an appointment).</summary>
    public IReadOnlyList<StaffMember> Staff { get; }

    /// <summary>Holidays by date.</summary>
    public IReadOnlyCollection<Holiday> Holidays => _holidays.Values;

    /// <summary>The type named <paramref name="name"/> (case-insensitive), or null.</summary>
    public AppointmentType? FindType(string? name) =>
        name is not null && _typesByName.TryGetValue(name.Trim(), out var type) ? type : null;

    /// <summary>The staff member with <paramref name="id"/>, or null.</summary>
    public StaffMember? FindStaff(string id) => Staff.FirstOrDefault(s => s.Id == id);

    /// <summary>The holiday on <paramref name="date"/>, or null.</summary>
    public Holiday? HolidayOn(DateOnly date) => _holidays.GetValueOrDefault(date);

    /// <summary>Staff who run <paramref name="type"/>, in catalogue order.</summary>
    public IEnumerable<StaffMember> StaffFor(AppointmentType type) => Staff.Where(s => s.Serves(type));
}
