using System.Globalization;
using CobBot.Framework.Dialogs.Choices;
using CobBot.Framework.Schema;
using CobBot.Scheduling;

namespace CobBot.Dialogs.Booking;

/// <summary>
/// Free slots as choices: the value is the slot's start (round-trip ISO 8601 with the offset of the zone it is shown
/// in), the button title its wall-clock time ("3:00 PM", or "Tue, Mar 10, 3:00 PM" when the slots span several days).
/// A last choice, <see cref="AnotherDay"/>, lets the customer pick a different day.
/// </summary>
public static class SlotChoices
{
    /// <summary>The value of the "Another day" choice.</summary>
    public const string AnotherDay = "another-day";

    /// <summary>The choices for <paramref name="slots"/>, then "Another day".</summary>
    public static List<Choice> For(IReadOnlyList<FreeSlot> slots)
    {
        ArgumentNullException.ThrowIfNull(slots);
        var severalDays = slots.Select(s => s.Start.Date).Distinct().Count() > 1;
        var choices = slots.Select(s => Choice(s.Start.ToString("o", CultureInfo.InvariantCulture), Title(s.Start, severalDays))).ToList();
        choices.Add(new Choice(AnotherDay)
        {
            Action = new CardAction(ActionTypes.ImBack, "Another day", "Another day"),
            Synonyms = ["different day", "other day", "another date", "different date", "none of these"],
        });
        return choices;
    }

    /// <summary>The slot start a choice stands for; null for <see cref="AnotherDay"/>.</summary>
    public static DateTimeOffset? Start(string value) =>
        DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var start) ? start : null;

    /// <summary>"3:00 PM", or "Tue, Mar 10, 3:00 PM" with <paramref name="withDate"/>.</summary>
    public static string Title(DateTimeOffset start, bool withDate) =>
        withDate ? $"{start.ToString("ddd, MMM d", CultureInfo.InvariantCulture)}, {SchedulingText.Time(start)}" : SchedulingText.Time(start);

    private static Choice Choice(string value, string title) => new(value) { Action = new CardAction(ActionTypes.ImBack, title, title) };
}
