namespace CobBot.Recognition.Offline;

/// <summary>A held-out utterance with what the classifier predicted for it.</summary>
/// <param name="Utterance">The labelled utterance.</param>
/// <param name="Prediction">The classifier's prediction, after the confidence threshold.</param>
public sealed record EvaluatedUtterance(LabelledUtterance Utterance, IntentPrediction Prediction)
{
    /// <summary>Whether the predicted intent is the labelled one.</summary>
    public bool IsCorrect => Utterance.Intent == Prediction.Intent;
}
