namespace CobBot.Recognition;

/// <summary>Turns a customer's utterance into an intent, entities and sentiment.</summary>
public interface IRecognizer
{
    /// <summary>
    /// Recognizes <paramref name="text"/>. Relative dates ("tomorrow", "next Tuesday at 3") resolve against
    /// the current time in <paramref name="timeZone"/>.
    /// </summary>
    Task<RecognizerResult> RecognizeAsync(string text, TimeZoneInfo timeZone, CancellationToken cancellationToken = default);
}
