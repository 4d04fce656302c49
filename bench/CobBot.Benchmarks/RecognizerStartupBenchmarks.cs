using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using CobBot.Recognition.Offline;

namespace CobBot.Benchmarks;

/// <summary>
/// What making the offline intent classifier ready costs in a fresh process (each launch is one cold run, JIT
/// included): loading the shipped model, which the app does, against training the same model from the utterances,
/// which it falls back to when the model is not current. Each run also makes the first prediction.
/// </summary>
[SimpleJob(RunStrategy.ColdStart, launchCount: 5, warmupCount: 0, iterationCount: 1)]
[MinColumn, MaxColumn, MedianColumn]
public class RecognizerStartupBenchmarks
{
    private static readonly IReadOnlyList<LabelledUtterance> Training = UtteranceSet.LoadEmbedded().Training;

    /// <summary>Loads the shipped model and predicts once.</summary>
    [Benchmark(Baseline = true)]
    public string LoadShippedModel()
    {
        using var model = ShippedIntentModel.TryLoad(Training) ?? throw new InvalidOperationException("The shipped intent model is not current.");
        return model.Predict("I need to book an appointment").Intent;
    }

    /// <summary>Trains the model from the utterances and predicts once.</summary>
    [Benchmark]
    public string TrainModel()
    {
        using var model = IntentModel.Train(Training);
        return model.Predict("I need to book an appointment").Intent;
    }
}
