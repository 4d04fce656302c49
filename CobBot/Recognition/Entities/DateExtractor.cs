using System.Globalization;
using System.Text.RegularExpressions;

namespace CobBot.Recognition.Entities;

/// <summary>
/// Finds US-style calendar dates and resolves them against "today": relative words ("today", "tomorrow"),
/// weekdays ("Tuesday", "this Friday", "next Tuesday"), month names ("Dec 3", "December 3rd, 2026", "3 December"),
/// numeric month/day ("12/3", "12/3/26") and ISO dates ("2026-12-03"). A date without a year is the next
/// occurrence on or after today. Impossible dates (Feb 30) are skipped.
/// </summary>
public sealed partial class DateExtractor
{
    /// <summary>Every date in <paramref name="text"/>, in order, without overlaps.</summary>
    public IReadOnlyList<EntityMatch<DateOnly>> Matches(string text, DateOnly today)
    {
        var candidates = new List<EntityMatch<DateOnly>>();
        Add(candidates, IsoPattern(), text, m => Create(Int(m, "y"), Int(m, "m"), Int(m, "d")));
        Add(candidates, MonthNamePattern(), text, m => FromParts(today, MonthNumber(m.Groups["mon"].Value), Int(m, "d"), m.Groups["y"]));
        Add(candidates, DayMonthNamePattern(), text, m => FromParts(today, MonthNumber(m.Groups["mon"].Value), Int(m, "d"), m.Groups["y"]));
        Add(candidates, NumericPattern(), text, m => FromParts(today, Int(m, "m"), Int(m, "d"), m.Groups["y"]));
        Add(candidates, RelativePattern(), text, m => RelativeDates.FromWord(today, m.Value));
        Add(candidates, WeekdayPattern(), text, m => RelativeDates.FromWeekday(today, m.Groups["day"].Value, m.Groups["mod"].Value));
        return EntityMatches.NonOverlapping(candidates);
    }

    private static void Add(List<EntityMatch<DateOnly>> into, Regex pattern, string text, Func<Match, DateOnly?> resolve)
    {
        foreach (Match m in pattern.Matches(text))
        {
            if (resolve(m) is { } date)
            {
                into.Add(new EntityMatch<DateOnly>(m.Index, m.Length, date));
            }
        }
    }

    private static DateOnly? FromParts(DateOnly today, int month, int day, Group year)
    {
        if (year.Success)
        {
            var y = int.Parse(year.Value, CultureInfo.InvariantCulture);
            return Create(y < 100 ? CultureInfo.InvariantCulture.Calendar.ToFourDigitYear(y) : y, month, day);
        }
        var thisYear = Create(today.Year, month, day);
        return thisYear >= today ? thisYear : Create(today.Year + 1, month, day);
    }

    private static DateOnly? Create(int year, int month, int day) =>
        year is >= 1900 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    private static int MonthNumber(string name) =>
        Array.FindIndex(CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedMonthNames,
            abbreviation => abbreviation.Length > 0 && name.StartsWith(abbreviation, StringComparison.OrdinalIgnoreCase)) + 1;

    private const string Month =
        @"(?<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?";

    [GeneratedRegex(@"\b(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})\b")]
    private static partial Regex IsoPattern();

    [GeneratedRegex(@"\b" + Month + @"\s+(?<d>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?<y>\d{4})\b)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthNamePattern();

    [GeneratedRegex(@"\b(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + Month + @"(?!\w)(?:,?\s+(?<y>\d{4})\b)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthNamePattern();

    [GeneratedRegex(@"(?<![\d/])(?<m>\d{1,2})/(?<d>\d{1,2})(?:/(?<y>\d{4}|\d{2}))?(?![\d/])")]
    private static partial Regex NumericPattern();

    [GeneratedRegex(@"\b(?:(?:the\s+)?day\s+after\s+tomorrow|today|tonight|tomorrow|tmrw|tmr)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RelativePattern();

    [GeneratedRegex(@"\b(?:(?<mod>next|this|coming)\s+)?(?<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WeekdayPattern();
}
