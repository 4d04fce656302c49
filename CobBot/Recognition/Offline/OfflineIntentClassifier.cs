using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CobBot.Recognition.Offline;

/// <summary>
/// Classifies an utterance into one of <see cref="Intents"/> with an ML.NET model trained once, on first use
/// (or when <see cref="OfflineRecognizerWarmup"/> starts it in the background), on the training split of the
/// shipped <see cref="UtteranceSet"/>. Training takes one to two seconds, so the model is trained in process rather
/// than shipped as a build artefact: the data file stays the single source and no build step can go stale.
/// Thread-safe.
/// </summary>
public sealed class OfflineIntentClassifier : IDisposable
{
    private readonly double _threshold;
    private readonly Lazy<Task<IntentModel>> _model;

    /// <summary>Creates a classifier over the shipped utterances' training split.</summary>
    public OfflineIntentClassifier(IOptions<OfflineRecognizerOptions> options, ILogger<OfflineIntentClassifier> logger)
        : this(UtteranceSet.LoadEmbedded().Training, options.Value, logger)
    {
    }

    /// <summary>Creates a classifier over <paramref name="training"/>.</summary>
    internal OfflineIntentClassifier(IReadOnlyList<LabelledUtterance> training, OfflineRecognizerOptions options, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(training);
        ArgumentNullException.ThrowIfNull(options);
        _threshold = options.ConfidenceThreshold;
        var log = logger ?? NullLogger.Instance;
        _model = new Lazy<Task<IntentModel>>(() => Task.Run(() =>
        {
            var started = Stopwatch.GetTimestamp();
            var model = IntentModel.Train(training);
            TrainingDuration = Stopwatch.GetElapsedTime(started);
            log.LogInformation(
                "Offline intent classifier trained on {Count} utterances in {Milliseconds:F0} ms",
                training.Count,
                TrainingDuration.Value.TotalMilliseconds);
            return model;
        }));
    }

    /// <summary>How long training took, once it has finished.</summary>
    public TimeSpan? TrainingDuration { get; private set; }

    /// <summary>Trains the model if that has not happened yet; returns when it is ready.</summary>
    public Task EnsureTrainedAsync(CancellationToken cancellationToken = default) =>
        _model.Value.WaitAsync(cancellationToken);

    /// <summary>
    /// Classifies <paramref name="text"/>. A top probability below <see cref="OfflineRecognizerOptions.ConfidenceThreshold"/>
    /// gives <see cref="Intents.None"/>; so does an empty text, with certainty (score 1).
    /// </summary>
    public async Task<IntentPrediction> PredictAsync(string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (string.IsNullOrWhiteSpace(text))
        {
            return new IntentPrediction(Intents.None, 1);
        }

        var model = await _model.Value.WaitAsync(cancellationToken);
        var (intent, probability) = model.Predict(text);
        return new IntentPrediction(probability < _threshold ? Intents.None : intent, probability);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_model.IsValueCreated && _model.Value.IsCompletedSuccessfully)
        {
            _model.Value.Result.Dispose();
        }
    }
}
