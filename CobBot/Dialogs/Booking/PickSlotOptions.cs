namespace CobBot.Dialogs.Booking;

/// <summary>
/// The options of <see cref="PickSlotDialog"/>: the appointment type, the zone to offer times in and the day (and
/// time) when the customer already said them. Kept in the dialog state between turns.
/// </summary>
public sealed class PickSlotOptions
{
    /// <summary>The appointment type's name, e.g. "Benefits Analysis".</summary>
    public string? Service { get; set; }

    /// <summary>The IANA zone the day and times are in; null means the business zone (Eastern).</summary>
    public string? TimeZone { get; set; }

    /// <summary>The question that asks for the day.</summary>
    public string DayQuestion { get; set; } = BookingTexts.DateQuestion;

    /// <summary>The wanted date, in <see cref="TimeZone"/>.</summary>
    public DateOnly? Date { get; set; }

    /// <summary>The wanted start time, in <see cref="TimeZone"/>.</summary>
    public TimeOnly? Time { get; set; }
}
