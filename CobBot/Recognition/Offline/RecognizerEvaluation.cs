using System.Diagnostics;

namespace CobBot.Recognition.Offline;

/// <summary>
/// Evaluates the offline intent classifier on the held-out split of the shipped utterances, which it never trains
/// on. The app runs it as <c>dotnet run --project CobBot -- eval</c>.
/// </summary>
public static class RecognizerEvaluation
{
    /// <summary>The held-out accuracy below which the evaluation fails.</summary>
    public const double RequiredAccuracy = 0.9;

    /// <summary>
    /// Readies the classifier for the shipped training split (the shipped model, when current) with default options, evaluates on the held-out split and writes the
    /// report to <paramref name="output"/>. Returns the process exit code: 0 when the accuracy reaches
    /// <see cref="RequiredAccuracy"/>, 1 otherwise.
    /// </summary>
    public static async Task<int> RunAsync(TextWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        var report = await EvaluateAsync(UtteranceSet.LoadEmbedded(), new OfflineRecognizerOptions(), cancellationToken);
        report.WriteTo(output);
        var passed = report.Metrics.Accuracy >= RequiredAccuracy;
        await output.WriteLineAsync(
            $"{(passed ? "PASS" : "FAIL")}: accuracy {report.Metrics.Accuracy:P1}, required {RequiredAccuracy:P0}.");
        return passed ? 0 : 1;
    }

    /// <summary>
    /// Readies a classifier for <paramref name="utterances"/>' training split (loading the shipped model when it was
    /// trained on exactly that split, training otherwise) and predicts every held-out utterance, timing both.
    /// </summary>
    public static async Task<RecognizerEvaluationReport> EvaluateAsync(
        UtteranceSet utterances, OfflineRecognizerOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utterances);
        ArgumentNullException.ThrowIfNull(options);
        using var classifier = new OfflineIntentClassifier(utterances.Training, options);
        await classifier.EnsureReadyAsync(cancellationToken);

        // The first prediction builds a prediction engine; keep that one-off cost out of the per-call latency.
        await classifier.PredictAsync("hello", cancellationToken);
        var results = new List<EvaluatedUtterance>(utterances.Evaluation.Count);
        var latencies = new List<TimeSpan>(utterances.Evaluation.Count);
        foreach (var utterance in utterances.Evaluation)
        {
            var started = Stopwatch.GetTimestamp();
            var prediction = await classifier.PredictAsync(utterance.Text, cancellationToken);
            latencies.Add(Stopwatch.GetElapsedTime(started));
            results.Add(new EvaluatedUtterance(utterance, prediction));
        }

        var metrics = EvaluationMetrics.Compute(Intents.All, results.Select(r => (r.Utterance.Intent, r.Prediction.Intent)));
        return new RecognizerEvaluationReport(
            metrics,
            results,
            utterances.Training.Count,
            options.ConfidenceThreshold,
            classifier.UsesShippedModel,
            classifier.ReadyDuration ?? TimeSpan.Zero,
            latencies.Count == 0 ? TimeSpan.Zero : TimeSpan.FromTicks((long)latencies.Average(l => l.Ticks)),
            latencies.Count == 0 ? TimeSpan.Zero : latencies.Max());
    }
}
