using System.Text.Json.Serialization;

namespace CobBot.Analytics;

/// <summary>Knowledge feedback counts for the dashboard.</summary>
/// <param name="Helpful">Answers marked helpful.</param>
/// <param name="NotHelpful">Answers marked not helpful.</param>
/// <param name="HelpfulRatio">Helpful share of all answers, 0..1; 0 when there are none.</param>
public sealed record FeedbackSummary(
    [property: JsonPropertyName("helpful")] int Helpful,
    [property: JsonPropertyName("not_helpful")] int NotHelpful,
    [property: JsonPropertyName("helpful_ratio")] double HelpfulRatio);
