namespace CobBot.Handoff;

/// <summary>
/// One weekly opening of live support, in the support time zone. A window whose <see cref="Close"/> is not
/// after its <see cref="Open"/> crosses midnight and ends on the next day; it belongs to the day it opens
/// (Friday 16:00–01:00 runs until Saturday 01:00, and a holiday on Friday closes all of it).
/// </summary>
public sealed class SupportWindow
{
    /// <summary>The day the window opens.</summary>
    public DayOfWeek Day { get; set; }

    /// <summary>Local opening time (inclusive).</summary>
    public TimeOnly Open { get; set; }

    /// <summary>Local closing time (exclusive); at or before <see cref="Open"/> means the next day.</summary>
    public TimeOnly Close { get; set; }

    /// <summary>True when the window ends on the day after it opens.</summary>
    public bool CrossesMidnight => Close <= Open;
}
