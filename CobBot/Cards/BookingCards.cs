using System.Text.Json.Nodes;
using CobBot.Framework.Builder;
using CobBot.Framework.Schema;

namespace CobBot.Cards;

/// <summary>
/// The booking cards (schema 1.5, templates <c>Cards/booking-*.json</c>): the summary to confirm, with Confirm / Change /
/// Cancel as <c>Action.Execute</c> (Submit fallback, inside an ActionSet) for Teams and as <c>Action.Submit</c> for every
/// other channel (Web Chat and the Emulator cannot run Action.Execute); and a read-only status card for the outcome
/// (confirmed, changed, cancelled, taken). Every card carries <c>fallbackText</c>, and its activity the same text as
/// <c>text</c> and <c>summary</c>.
/// </summary>
public static class BookingCards
{
    /// <summary>The <c>kind</c> in the summary's action data.</summary>
    public const string SubmitKind = "booking";

    /// <summary>The Confirm button's action (and Action.Execute verb).</summary>
    public const string Confirm = "confirm";

    /// <summary>The Change button's action (and Action.Execute verb).</summary>
    public const string Change = "change";

    /// <summary>The Cancel button's action (and Action.Execute verb).</summary>
    public const string Cancel = "cancel";

    /// <summary>The names of the embedded card templates (<c>Cards/{name}.json</c>).</summary>
    public static IReadOnlyList<string> TemplateNames { get; } = ["booking-summary", "booking-summary-teams", "booking-status"];

    private static readonly AdaptiveCardTemplate SubmitSummary = AdaptiveCardTemplate.Load("booking-summary");
    private static readonly AdaptiveCardTemplate TeamsSummary = AdaptiveCardTemplate.Load("booking-summary-teams");
    private static readonly AdaptiveCardTemplate StatusTemplate = AdaptiveCardTemplate.Load("booking-status");

    /// <summary>The summary card for <paramref name="channelId"/>: Action.Execute buttons in Teams, Action.Submit elsewhere.</summary>
    /// <param name="channelId">The conversation's channel.</param>
    /// <param name="cardId">A new id for this card; every button carries it, so a press on an older card is recognised.</param>
    /// <param name="title">The heading.</param>
    /// <param name="intro">The sentence under the heading.</param>
    /// <param name="facts">The booking's details.</param>
    /// <param name="fallbackText">The plain-text version, for clients and notifications without cards.</param>
    public static JsonObject Summary(string? channelId, Guid cardId, string title, string intro, IReadOnlyList<CardFact> facts, string fallbackText)
    {
        var template = channelId == Channels.Msteams ? TeamsSummary : SubmitSummary;
        return template.Expand(new JsonObject
        {
            ["title"] = title,
            ["intro"] = intro,
            ["facts"] = Facts(facts),
            ["fallbackText"] = fallbackText,
            ["kind"] = SubmitKind,
            ["cardId"] = cardId.ToString("D"),
        });
    }

    /// <summary>A read-only card reporting an outcome.</summary>
    /// <param name="title">The heading.</param>
    /// <param name="message">What happened.</param>
    /// <param name="facts">The details.</param>
    /// <param name="good">True to colour the heading as a success.</param>
    /// <param name="fallbackText">The plain-text version.</param>
    public static JsonObject Status(string title, string message, IReadOnlyList<CardFact> facts, bool good, string fallbackText) =>
        StatusTemplate.Expand(new JsonObject
        {
            ["title"] = title,
            ["message"] = message,
            ["facts"] = Facts(facts),
            ["color"] = good ? "Good" : "Default",
            ["fallbackText"] = fallbackText,
        });

    /// <summary>A message carrying <paramref name="card"/>, with <paramref name="text"/> as its text and summary.</summary>
    public static Activity ToActivity(JsonObject card, string text)
    {
        var activity = MessageFactory.Attachment(new Attachment { ContentType = AdaptiveCardInvokeResponse.CardContentType, Content = card }, text);
        activity.Summary = text;
        activity.TextFormat = TextFormatTypes.Plain;
        return activity;
    }

    private static JsonArray Facts(IReadOnlyList<CardFact> facts) =>
        new([.. facts.Select(f => new JsonObject { ["title"] = f.Title, ["value"] = f.Value })]);
}
