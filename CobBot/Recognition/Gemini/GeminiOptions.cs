using Microsoft.Extensions.AI;

namespace CobBot.Recognition.Gemini;

/// <summary>
/// Settings for the Gemini recognizer, bound from the "Gemini" section; the env-style keys <c>GEMINI_API_KEY</c>
/// and <c>GEMINI_MODEL</c> override it (see <see cref="GeminiServiceCollectionExtensions"/>).
/// </summary>
public sealed class GeminiOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Gemini";

    /// <summary>The API key; without one the offline recognizer is used alone.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The model id. Configuration, not code: Gemini model names are retired every few months.</summary>
    public string Model { get; set; } = "gemini-2.5-flash";

    /// <summary>Base URL of Gemini's OpenAI-compatible API; requests go to <c>{Endpoint}chat/completions</c>.</summary>
    public Uri Endpoint { get; set; } = new("https://generativelanguage.googleapis.com/v1beta/openai/");

    /// <summary>How long one recognition may take before the turn falls back to the offline recognizer.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How many failures in a row (within the breaker's 30 s sampling window) open the circuit; at least 2.</summary>
    public int FailureThreshold { get; set; } = 3;

    /// <summary>How long Gemini is skipped once the circuit is open.</summary>
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Thinking effort sent as <c>reasoning_effort</c>. <c>None</c> turns thinking off on 2.5 Flash, the fastest choice
    /// for a classifier; set null to send nothing for a model that rejects it.
    /// </summary>
    public ReasoningEffort? ReasoningEffort { get; set; } = Microsoft.Extensions.AI.ReasoningEffort.None;
}
