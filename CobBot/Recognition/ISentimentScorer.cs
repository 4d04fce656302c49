namespace CobBot.Recognition;

/// <summary>Scores the sentiment of an utterance from −1 (very negative) to 1 (very positive), locally.</summary>
public interface ISentimentScorer
{
    /// <summary>Scores <paramref name="text"/>.</summary>
    double Score(string text);
}
