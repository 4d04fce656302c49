using System.Globalization;
using CobBot.Recognition.Entities;

namespace CobBot.Recognition.Gemini;

/// <summary>
/// Turns Gemini's parsed answer into a <see cref="RecognizerResult"/> without trusting it: an unknown intent becomes
/// <see cref="Intents.None"/> with score 0, score and sentiment are clamped, dates/times that do not parse and service
/// types or codes outside the vocabulary are dropped (the local value is used instead). PHI entities (name, email,
/// phone) always come from the local extraction of the original text, because the model only saw masked text.
/// </summary>
internal sealed class GeminiResultValidator(ServiceTypeVocabulary vocabulary, ConfirmationCodeExtractor codes)
{
    /// <summary>Validates <paramref name="answer"/> and merges it with <paramref name="local"/>.</summary>
    public RecognizerResult Validate(GeminiRecognitionResult answer, RecognizedEntities local)
    {
        var intent = Intents.All.FirstOrDefault(i => i.Equals(answer.Intent.Trim(), StringComparison.OrdinalIgnoreCase));
        var entities = local with
        {
            ServiceType = vocabulary.FindCanonical(answer.ServiceType) ?? local.ServiceType,
            Date = DateOnly.TryParseExact(answer.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : local.Date,
            Time = TimeOnly.TryParseExact(answer.Time, ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time : local.Time,
            ConfirmationCode = local.ConfirmationCode ?? codes.Normalize(answer.ConfirmationCode),
        };
        return new RecognizerResult(
            intent ?? Intents.None,
            intent is null ? 0 : Clamp(answer.Score, 0, 1),
            entities,
            Clamp(answer.Sentiment, -1, 1),
            GeminiRecognizer.SourceName);
    }

    private static double Clamp(double value, double min, double max) => double.IsNaN(value) ? 0 : Math.Clamp(value, min, max);
}
