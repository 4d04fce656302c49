using System.Text.Json.Nodes;
using CobBot.Framework.Schema;

namespace CobBot.Tests.Dialogs.Booking;

/// <summary>Reads what the tests check in CobBot's Adaptive Cards.</summary>
internal static class BookingCardsReading
{
    /// <summary>The Adaptive Card in <paramref name="activity"/>, or null.</summary>
    public static JsonObject? Card(Activity activity) =>
        activity.Attachments?.FirstOrDefault(a => a.ContentType == AdaptiveCardInvokeResponse.CardContentType)?.Content as JsonObject;

    /// <summary>The facts of the card's FactSet, by title.</summary>
    public static Dictionary<string, string> Facts(JsonObject card) =>
        card["body"]!.AsArray().OfType<JsonObject>().Where(e => (string?)e["type"] == "FactSet")
            .SelectMany(e => e["facts"]!.AsArray().OfType<JsonObject>())
            .ToDictionary(f => (string)f["title"]!, f => (string)f["value"]!);

    /// <summary>The card id every button of a summary card carries (also in the Execute buttons' Submit fallbacks).</summary>
    public static Guid CardId(JsonObject card) =>
        Guid.Parse(Buttons(card).Select(a => (string)a["data"]!["cardId"]!).Distinct().Single());

    /// <summary>The card's buttons (top-level actions and ActionSet actions).</summary>
    public static IEnumerable<JsonObject> Buttons(JsonObject card) =>
        (card["actions"]?.AsArray().OfType<JsonObject>() ?? [])
            .Concat(card["body"]!.AsArray().OfType<JsonObject>().Where(e => (string?)e["type"] == "ActionSet").SelectMany(e => e["actions"]!.AsArray().OfType<JsonObject>()));

    /// <summary>The card's heading.</summary>
    public static string Title(JsonObject card) => (string)card["body"]![0]!["text"]!;
}
