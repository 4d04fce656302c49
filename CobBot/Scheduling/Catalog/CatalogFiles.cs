namespace CobBot.Scheduling.Catalog;

// The JSON shapes of the files in Scheduling/Data/.

internal sealed record AppointmentTypesFile(List<AppointmentTypeEntry> AppointmentTypes);

internal sealed record AppointmentTypeEntry(string Id, string Name, int DurationMinutes, string Description);

internal sealed record StaffFile(List<StaffEntry> Staff);

internal sealed record StaffEntry(string Id, string Name, string TimeZone, List<string> Services, List<WorkingHoursEntry> WorkingHours);

internal sealed record WorkingHoursEntry(List<DayOfWeek> Days, string Start, string End);

internal sealed record HolidaysFile(List<HolidayEntry> Holidays);

internal sealed record HolidayEntry(DateOnly Date, string Name);
