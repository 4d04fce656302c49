using System.Text.Json.Serialization;

namespace CobBot.Dialogs.Knowledge;

/// <summary>The structured answer the model returns for a grounded knowledge answer.</summary>
/// <param name="Answered">False when the passages do not answer the question.</param>
/// <param name="Answer">The answer, written only from the passages.</param>
/// <param name="Sources">The numbers of the passages the answer uses (1-based).</param>
public sealed record GroundedAnswerResult(
    [property: JsonPropertyName("answered")] bool Answered,
    [property: JsonPropertyName("answer")] string Answer,
    [property: JsonPropertyName("sources")] IReadOnlyList<int> Sources);
