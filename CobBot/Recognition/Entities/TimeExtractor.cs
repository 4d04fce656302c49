using System.Globalization;
using System.Text.RegularExpressions;

namespace CobBot.Recognition.Entities;

/// <summary>
/// Finds wall-clock times: "3pm", "3:30 p.m.", "10:30", "15:00", "at 3", "3 o'clock", "noon", "midnight".
/// Without am/pm a bare hour from 1 to 7 means the afternoon (business context: nobody books a 3 AM demo),
/// 8–11 the morning, 12 noon; hours 13–23 are read as 24-hour time.
/// </summary>
public sealed partial class TimeExtractor
{
    /// <summary>Every time in <paramref name="text"/>, in order, without overlaps.</summary>
    public IReadOnlyList<EntityMatch<TimeOnly>> Matches(string text)
    {
        var candidates = new List<EntityMatch<TimeOnly>>();
        Add(candidates, MeridiemPattern(), text, m => WithMeridiem(Int(m.Groups["h"]), Int(m.Groups["min"]), m.Groups["ap"].Value));
        Add(candidates, ClockPattern(), text, m => BusinessHours(Int(m.Groups["h"]), Int(m.Groups["min"])));
        Add(candidates, BareHourPattern(), text, m => BusinessHours(Int(m.Groups["h"]), 0));
        Add(candidates, NamedPattern(), text, m => m.Value.Equals("midnight", StringComparison.OrdinalIgnoreCase) ? TimeOnly.MinValue : new TimeOnly(12, 0));
        return EntityMatches.NonOverlapping(candidates);
    }

    private static void Add(List<EntityMatch<TimeOnly>> into, Regex pattern, string text, Func<Match, TimeOnly?> resolve)
    {
        foreach (Match m in pattern.Matches(text))
        {
            if (resolve(m) is { } time)
            {
                into.Add(new EntityMatch<TimeOnly>(m.Index, m.Length, time));
            }
        }
    }

    private static TimeOnly? WithMeridiem(int hour, int minute, string meridiem)
    {
        if (hour is < 1 or > 12 || minute > 59)
        {
            return null;
        }
        var pm = meridiem.Equals("p", StringComparison.OrdinalIgnoreCase);
        return new TimeOnly(hour % 12 + (pm ? 12 : 0), minute);
    }

    private static TimeOnly? BusinessHours(int hour, int minute) => (hour, minute) switch
    {
        ( > 23, _) or (_, > 59) => null,
        ( >= 1 and <= 7, _) => new TimeOnly(hour + 12, minute),
        _ => new TimeOnly(hour, minute),
    };

    private static int Int(Group group) => group.Success ? int.Parse(group.Value, CultureInfo.InvariantCulture) : 0;

    [GeneratedRegex(@"\b(?<h>\d{1,2})(?::(?<min>\d{2}))?\s*(?<ap>[ap])\.?\s?m\b\.?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MeridiemPattern();

    [GeneratedRegex(@"(?<![\d:])(?<h>\d{1,2}):(?<min>\d{2})(?![\d:])")]
    private static partial Regex ClockPattern();

    [GeneratedRegex(@"(?:\b(?:at|around|by)\s+(?<h>\d{1,2})(?:\s*o'?clock)?|\b(?<h>\d{1,2})\s*o'?clock)\b(?!\s*(?:[/:.\-]\d|[ap]\.?\s?m\b))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BareHourPattern();

    [GeneratedRegex(@"\b(?:noon|midday|midnight)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NamedPattern();
}
