using CobBot.Framework.Schema;
using static CobBot.Tests.Dialogs.Booking.BookingCardsReading;

namespace CobBot.Tests.Dialogs.Booking;

/// <summary>Shortcuts through the booking conversation.</summary>
internal static class BookingScript
{
    /// <summary>Says everything but the notes.</summary>
    public const string EverythingUtterance =
        "My name is Jordan Lee, please book a benefits analysis next Tuesday at 3pm, jordan@example.com, (212) 555-0147";

    /// <summary>Next Tuesday at 3 PM as shown on the summary.</summary>
    public const string TuesdayAt3 = "Tuesday, March 10, 2026, 3:00 PM – 4:00 PM Eastern Daylight Time";

    /// <summary>Gives every detail and returns the summary card's message.</summary>
    public static async Task<Activity> ReachSummaryAsync(BookingConversation conversation)
    {
        await conversation.SayAsync(EverythingUtterance);
        var summary = Assert.Single(await conversation.SayAsync("no"));
        Assert.NotNull(Card(summary));
        return summary;
    }
}
