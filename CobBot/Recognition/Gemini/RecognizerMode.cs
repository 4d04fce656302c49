using Polly.CircuitBreaker;

namespace CobBot.Recognition.Gemini;

/// <summary>Which recognizer answers turns, for <c>/api/health</c>.</summary>
public sealed class RecognizerMode
{
    /// <summary>Only the embedded offline recognizer (no Gemini API key configured).</summary>
    public const string Offline = "offline";

    /// <summary>Gemini first, the offline recognizer as fallback.</summary>
    public const string Gemini = "gemini";

    private readonly FallbackRecognizer? _fallback;

    private RecognizerMode(string name, FallbackRecognizer? fallback)
    {
        Name = name;
        _fallback = fallback;
    }

    /// <summary><see cref="Offline"/> or <see cref="Gemini"/>.</summary>
    public string Name { get; }

    /// <summary>In Gemini mode the breaker's state ("closed", "open", "halfopen", "isolated"); null offline.</summary>
    public string? Circuit => _fallback?.CircuitState.ToString().ToLowerInvariant();

    /// <summary>The offline-only mode.</summary>
    public static RecognizerMode OfflineOnly { get; } = new(Offline, null);

    /// <summary>The Gemini-with-fallback mode, reporting <paramref name="fallback"/>'s breaker.</summary>
    public static RecognizerMode WithGemini(FallbackRecognizer fallback) => new(Gemini, fallback);
}
