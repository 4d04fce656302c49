namespace CobBot.Recognition.Offline;

/// <summary>
/// The embedded recognizer used when no Gemini key is configured: the ML.NET intent classifier, the local entity
/// extractor and the lexicon sentiment scorer, all in process.
/// </summary>
public sealed class OfflineRecognizer(
    OfflineIntentClassifier classifier,
    IEntityExtractor entityExtractor,
    ISentimentScorer sentimentScorer) : IRecognizer
{
    /// <summary>The <see cref="RecognizerResult.Source"/> of every result.</summary>
    public const string SourceName = "offline";

    /// <inheritdoc />
    public async Task<RecognizerResult> RecognizeAsync(string text, TimeZoneInfo timeZone, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(timeZone);
        var prediction = await classifier.PredictAsync(text, cancellationToken);
        var entities = entityExtractor.Extract(text, timeZone);
        return new RecognizerResult(prediction.Intent, prediction.Score, entities, sentimentScorer.Score(text), SourceName);
    }
}
