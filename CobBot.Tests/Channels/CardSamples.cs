using System.Text.Json.Nodes;
using CobBot.Cards;
using CobBot.Framework.Schema;

namespace CobBot.Tests.ChannelTests;

/// <summary>
/// Sample cards for every Adaptive Card template embedded under <c>Cards/</c>, built by the app's own card code so the
/// templates are validated as sent (bound, not with <c>${…}</c> placeholders). Text that needs JSON escaping shows
/// that data binding never breaks the card. A template added under Cards/ needs an entry here.
/// </summary>
internal static class CardSamples
{
    /// <summary>Quotes, a backslash, markup, non-ASCII and a newline.</summary>
    public const string AwkwardText = "Jordan \"JJ\" O'Brien \\ <b>Lee</b> – café ✓\nsecond line";

    private static readonly IReadOnlyList<CardFact> Facts =
    [
        new("Service", "Benefits Analysis"),
        new("When", "Tuesday, March 10, 2026, 3:00 PM – 4:00 PM Eastern Daylight Time"),
        new("Name", AwkwardText),
    ];

    /// <summary>Sample cards by template name (<c>Cards/{name}.json</c>).</summary>
    public static IReadOnlyDictionary<string, Func<IReadOnlyList<JsonObject>>> ByTemplate { get; } = new Dictionary<string, Func<IReadOnlyList<JsonObject>>>
    {
        ["welcome"] = () => [(JsonObject)WelcomeCard.Create().Attachments![0].Content!],
        ["booking-summary"] = () => [BookingCards.Summary(Channels.Webchat, Guid.NewGuid(), "Please confirm", AwkwardText, Facts, AwkwardText)],
        ["booking-summary-teams"] = () => [BookingCards.Summary(Channels.Msteams, Guid.NewGuid(), "Please confirm", AwkwardText, Facts, AwkwardText)],
        ["booking-status"] = () =>
        [
            BookingCards.Status("You're booked!", AwkwardText, Facts, good: true, AwkwardText),
            BookingCards.Status("Not booked", AwkwardText, [], good: false, AwkwardText),
        ],
    };
}
