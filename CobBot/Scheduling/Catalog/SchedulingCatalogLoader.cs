using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using CobBot.Scheduling.Persistence;

namespace CobBot.Scheduling.Catalog;

/// <summary>
/// Loads the catalogue from the files embedded from <c>Scheduling/Resources/</c>. A file of the same name in the
/// configured data directory replaces the embedded one (e.g. next year's holidays without a rebuild).
/// </summary>
internal static class SchedulingCatalogLoader
{
    public const string TypesFileName = "appointment-types.json";
    public const string StaffFileName = "staff.json";
    public const string HolidaysFileName = "holidays.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    /// <exception cref="InvalidOperationException">A file is missing or inconsistent.</exception>
    public static SchedulingCatalog Load(string? dataDirectory)
    {
        var types = Read<AppointmentTypesFile>(dataDirectory, TypesFileName).AppointmentTypes
            .Select(t => new AppointmentType(t.Id, t.Name, TimeSpan.FromMinutes(t.DurationMinutes), t.Description))
            .ToList();
        var staff = Read<StaffFile>(dataDirectory, StaffFileName).Staff.Select(ToStaff).ToList();
        var holidays = Read<HolidaysFile>(dataDirectory, HolidaysFileName).Holidays.Select(h => new Holiday(h.Date, h.Name));

        var catalog = new SchedulingCatalog(types, staff, holidays);
        Validate(catalog);
        return catalog;
    }

    private static StaffMember ToStaff(StaffEntry entry) => new(
        entry.Id,
        entry.Name,
        TimeZoneInfo.FindSystemTimeZoneById(entry.TimeZone),
        entry.Services.ToHashSet(StringComparer.OrdinalIgnoreCase),
        [.. entry.WorkingHours.SelectMany(w => w.Days.Select(day => new WorkingHours(day, ParseTime(w.Start), ParseTime(w.End))))]);

    private static TimeOnly ParseTime(string value) => TimeOnly.ParseExact(value, "HH:mm", CultureInfo.InvariantCulture);

    // Appointments claim fixed cells of the slot grid, so every length and boundary must fall on a cell edge.
    private static void Validate(SchedulingCatalog catalog)
    {
        var cell = AppointmentSlotClaim.CellLength;
        foreach (var type in catalog.Types.Where(t => t.Duration <= TimeSpan.Zero || t.Duration.Ticks % cell.Ticks != 0))
            throw new InvalidOperationException($"Appointment type '{type.Name}' must last a positive multiple of {cell.TotalMinutes} minutes.");

        foreach (var member in catalog.Staff)
        {
            if (member.Services.FirstOrDefault(s => catalog.FindType(s) is null) is { } unknown)
                throw new InvalidOperationException($"Staff member '{member.Id}' lists unknown appointment type '{unknown}'.");
            if (member.WorkingHours.Any(w => w.End <= w.Start || !OnCell(w.Start) || !OnCell(w.End)))
                throw new InvalidOperationException($"Staff member '{member.Id}' has working hours that are empty or not on {cell.TotalMinutes}-minute boundaries.");
        }

        bool OnCell(TimeOnly time) => time.ToTimeSpan().Ticks % cell.Ticks == 0;
    }

    private static T Read<T>(string? dataDirectory, string fileName)
    {
        using var stream = Open(dataDirectory, fileName);
        return JsonSerializer.Deserialize<T>(stream, Json)
            ?? throw new InvalidOperationException($"Scheduling data file '{fileName}' is empty.");
    }

    private static Stream Open(string? dataDirectory, string fileName)
    {
        if (dataDirectory is { Length: > 0 } && Path.Combine(dataDirectory, fileName) is var path && File.Exists(path))
            return File.OpenRead(path);

        var assembly = typeof(SchedulingCatalogLoader).Assembly;
        var resource = $"{assembly.GetName().Name}.Scheduling.Resources.{fileName}";
        return assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded resource '{resource}' is missing.");
    }

    // The JSON shapes of the data files.
    private sealed record AppointmentTypesFile(List<AppointmentTypeEntry> AppointmentTypes);
    private sealed record AppointmentTypeEntry(string Id, string Name, int DurationMinutes, string Description);
    private sealed record StaffFile(List<StaffEntry> Staff);
    private sealed record StaffEntry(string Id, string Name, string TimeZone, List<string> Services, List<WorkingHoursEntry> WorkingHours);
    private sealed record WorkingHoursEntry(List<DayOfWeek> Days, string Start, string End);
    private sealed record HolidaysFile(List<HolidayEntry> Holidays);
    private sealed record HolidayEntry(DateOnly Date, string Name);
}
