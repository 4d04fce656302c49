using System.Text.Json.Serialization;

namespace CobBot.App;

/// <summary>The recognizer part of <see cref="HealthReport"/>.</summary>
/// <param name="Mode"><c>offline</c> or <c>gemini</c> (Gemini with the offline recognizer as fallback).</param>
/// <param name="Circuit">In Gemini mode the circuit breaker's state (<c>closed</c>, <c>open</c>, <c>halfopen</c>); null offline.</param>
public sealed record RecognizerHealth(
    [property: JsonPropertyName("mode")] string Mode,
    [property: JsonPropertyName("circuit")] string? Circuit);
