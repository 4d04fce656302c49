namespace CobBot.Handoff;

/// <summary>The <c>Handoff:SupportHours</c> configuration section: when live agents are available.</summary>
public sealed class SupportHoursOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Handoff:SupportHours";

    /// <summary>How the business time zone (<see cref="Company.CompanyOptions.TimeZone"/>), which the windows are written in, is named to customers.</summary>
    public string TimeZoneLabel { get; set; } = "ET";

    /// <summary>
    /// The weekly windows. When none is configured COB's hours apply (<see cref="DefaultWindows"/>): configuration
    /// binding appends to a pre-filled list, so the defaults are filled in after binding instead.
    /// </summary>
    public List<SupportWindow> Windows { get; set; } = [];

    /// <summary>Dates (local) on which no window opens, e.g. <c>2026-12-25</c>.</summary>
    public List<DateOnly> Holidays { get; set; } = [];

    /// <summary>COB's live-agent hours: Monday to Friday, 4:00 PM until 1:00 AM the next morning.</summary>
    public static IEnumerable<SupportWindow> DefaultWindows() =>
        new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday }
            .Select(day => new SupportWindow { Day = day, Open = new TimeOnly(16, 0), Close = new TimeOnly(1, 0) });
}
