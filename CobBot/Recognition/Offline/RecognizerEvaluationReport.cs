using System.Globalization;
using static System.FormattableString;

namespace CobBot.Recognition.Offline;

/// <summary>The outcome of <see cref="RecognizerEvaluation.EvaluateAsync"/>.</summary>
/// <param name="Metrics">Accuracy, macro-F1, per-intent metrics and confusion matrix on the held-out split.</param>
/// <param name="Results">Every held-out utterance with its prediction.</param>
/// <param name="TrainingCount">How many utterances the classifier trained on.</param>
/// <param name="ConfidenceThreshold">The threshold below which predictions became none.</param>
/// <param name="ShippedModel">Whether the shipped model was evaluated (it is, whenever it is current).</param>
/// <param name="ReadyDuration">How long loading or training the model took.</param>
/// <param name="MeanPredictLatency">Mean time of one prediction on a warm classifier.</param>
/// <param name="MaxPredictLatency">Slowest single prediction on a warm classifier.</param>
public sealed record RecognizerEvaluationReport(
    EvaluationMetrics Metrics,
    IReadOnlyList<EvaluatedUtterance> Results,
    int TrainingCount,
    double ConfidenceThreshold,
    bool ShippedModel,
    TimeSpan ReadyDuration,
    TimeSpan MeanPredictLatency,
    TimeSpan MaxPredictLatency)
{
    /// <summary>Writes a plain-text report: summary, per-intent table, confusion matrix and the misclassified utterances.</summary>
    public void WriteTo(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine("CobBot offline recognizer: evaluation on the held-out split");
        output.WriteLine(Invariant($"Training utterances: {TrainingCount}   held-out: {Results.Count}   confidence threshold: {ConfidenceThreshold:0.00}"));
        output.WriteLine(Invariant($"Model: {(ShippedModel ? "shipped, loaded" : "trained")} in {ReadyDuration.TotalMilliseconds:F0} ms   prediction: mean {MeanPredictLatency.TotalMicroseconds:F0} µs, max {MaxPredictLatency.TotalMicroseconds:F0} µs"));
        output.WriteLine(Invariant($"Accuracy: {Metrics.Accuracy:P1}   macro-F1: {Metrics.MacroF1:F3}"));
        output.WriteLine();

        output.WriteLine(Invariant($"{"intent",-24}{"precision",10}{"recall",8}{"F1",8}{"support",9}"));
        foreach (var m in Metrics.PerIntent)
        {
            output.WriteLine(Invariant($"{m.Intent,-24}{m.Precision,10:F3}{m.Recall,8:F3}{m.F1,8:F3}{m.Support,9}"));
        }

        output.WriteLine();
        output.WriteLine("Confusion matrix (rows: labelled intent, columns: predicted intent by number):");
        output.Write(new string(' ', 28));
        for (var j = 0; j < Metrics.Intents.Count; j++)
        {
            output.Write(Invariant($"{j + 1,4}"));
        }

        output.WriteLine();
        for (var i = 0; i < Metrics.Intents.Count; i++)
        {
            output.Write(Invariant($"{i + 1,2}. {Metrics.Intents[i],-24}"));
            foreach (var predicted in Metrics.Intents)
            {
                var count = Metrics.Count(Metrics.Intents[i], predicted);
                output.Write(count == 0 ? "   ." : count.ToString(CultureInfo.InvariantCulture).PadLeft(4));
            }

            output.WriteLine();
        }

        var wrong = Results.Where(r => !r.IsCorrect).ToArray();
        output.WriteLine();
        output.WriteLine(Invariant($"Misclassified ({wrong.Length}):"));
        foreach (var r in wrong)
        {
            output.WriteLine(Invariant($"  {r.Utterance.Intent} -> {r.Prediction.Intent} ({r.Prediction.Score:F2}): {r.Utterance.Text}"));
        }
    }
}
