using System.Globalization;
using System.Text.Json;

namespace CobBot.Scheduling.Api;

/// <summary>Parsing and wording shared by the scheduling endpoints.</summary>
internal static class ApiText
{
    public const string DateFormat = "yyyy-MM-dd";
    public const string TimeFormat = "HH:mm";

    public static string Status(AppointmentStatus status) => JsonNamingPolicy.SnakeCaseLower.ConvertName(status.ToString());

    public static string Status(DayStatus status) => JsonNamingPolicy.SnakeCaseLower.ConvertName(status.ToString());

    public static AppointmentStatus? ParseStatus(string value) => Enum.GetValues<AppointmentStatus>()
        .Where(s => Status(s) == value.Trim().ToLowerInvariant())
        .Select(s => (AppointmentStatus?)s)
        .FirstOrDefault();

    /// <summary>Parses an optional YYYY-MM-DD; a present but malformed value is reported under <paramref name="field"/>.</summary>
    public static DateOnly? ParseDate(string? value, string field, IDictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (DateOnly.TryParseExact(value.Trim(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        errors[field] = [$"'{value}' is not a date; use YYYY-MM-DD."];
        return null;
    }

    /// <summary>Parses an optional HH:mm; a present but malformed value is reported under <paramref name="field"/>.</summary>
    public static TimeOnly? ParseTime(string? value, string field, IDictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (TimeOnly.TryParseExact(value.Trim(), TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)) return time;
        errors[field] = [$"'{value}' is not a time; use HH:mm (24-hour)."];
        return null;
    }
}
