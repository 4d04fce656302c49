using CobBot.Recognition;
using CobBot.Recognition.Gemini;

namespace CobBot.Operations.Telemetry;

/// <summary>Times each recognition and counts a fallback when Gemini mode answered with the offline recognizer.</summary>
public sealed class MeasuredRecognizer(IRecognizer inner, RecognizerMode mode, CobBotMetrics metrics, TimeProvider timeProvider) : IRecognizer
{
    /// <inheritdoc />
    public async Task<RecognizerResult> RecognizeAsync(string text, TimeZoneInfo timeZone, CancellationToken cancellationToken = default)
    {
        var started = timeProvider.GetTimestamp();
        var result = await inner.RecognizeAsync(text, timeZone, cancellationToken);
        metrics.Recognition(result.Source, timeProvider.GetElapsedTime(started),
            fellBack: mode.Name == RecognizerMode.Gemini && result.Source != RecognizerMode.Gemini);
        return result;
    }
}
