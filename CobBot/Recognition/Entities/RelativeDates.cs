namespace CobBot.Recognition.Entities;

/// <summary>Resolves relative day words and weekday phrases against today.</summary>
internal static class RelativeDates
{
    /// <summary>"today"/"tonight" → today; "tomorrow" → +1; "the day after tomorrow" → +2.</summary>
    public static DateOnly FromWord(DateOnly today, string word) => word.ToLowerInvariant() switch
    {
        "today" or "tonight" => today,
        var w when w.EndsWith("after tomorrow", StringComparison.Ordinal) => today.AddDays(2),
        _ => today.AddDays(1),
    };

    /// <summary>
    /// "Tuesday", "this Tuesday" and "coming Tuesday" are the next Tuesday on or after today. "next Tuesday" is the
    /// Tuesday of next week (weeks start on Monday, as business weeks do): said on Monday 23 Nov it is 1 Dec, not 24 Nov.
    /// </summary>
    public static DateOnly FromWeekday(DateOnly today, string dayName, string modifier)
    {
        var day = Enum.Parse<DayOfWeek>(dayName, ignoreCase: true);
        if (!modifier.Equals("next", StringComparison.OrdinalIgnoreCase))
        {
            return today.AddDays(((int)day - (int)today.DayOfWeek + 7) % 7);
        }
        var nextMonday = today.AddDays(7 - MondayBasedIndex(today.DayOfWeek));
        return nextMonday.AddDays(MondayBasedIndex(day));
    }

    private static int MondayBasedIndex(DayOfWeek day) => ((int)day + 6) % 7;
}
