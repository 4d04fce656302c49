using System.Text.Json.Serialization;

namespace CobBot.Analytics;

/// <summary>The admin dashboard's figures for a date range (UTC days, both ends included).</summary>
/// <param name="From">First day of the range.</param>
/// <param name="To">Last day of the range.</param>
/// <param name="Conversations">Conversations with at least one recognized message in the range.</param>
/// <param name="Turns">Recognized customer messages.</param>
/// <param name="Intents">Messages per intent; every intent is listed, zero included.</param>
/// <param name="AverageSentiment">Mean sentiment (−1..1) of the messages; 0 when there are none.</param>
/// <param name="KnowledgeFeedback">"Was this helpful?" answers.</param>
public sealed record DashboardReport(
    [property: JsonPropertyName("from")] DateOnly From,
    [property: JsonPropertyName("to")] DateOnly To,
    [property: JsonPropertyName("conversations")] int Conversations,
    [property: JsonPropertyName("turns")] int Turns,
    [property: JsonPropertyName("intents")] IReadOnlyDictionary<string, int> Intents,
    [property: JsonPropertyName("average_sentiment")] double AverageSentiment,
    [property: JsonPropertyName("knowledge_feedback")] FeedbackSummary KnowledgeFeedback);
