using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CobBot.Recognition.Offline;

/// <summary>
/// Classifies an utterance into one of <see cref="Intents"/> with an ML.NET model made ready once, on first use
/// (or when <see cref="OfflineRecognizerWarmup"/> starts it in the background): the <see cref="ShippedIntentModel"/>
/// when it was trained on exactly this training set (a quarter of a second to load in a fresh process), otherwise
/// one trained here and now (one to two seconds). Thread-safe.
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
            var model = ShippedIntentModel.TryLoad(training);
            UsesShippedModel = model is not null;
            model ??= IntentModel.Train(training);
            ReadyDuration = Stopwatch.GetElapsedTime(started);
            if (UsesShippedModel)
                log.LogInformation("Offline intent classifier loaded the shipped model in {Milliseconds:F0} ms", ReadyDuration.Value.TotalMilliseconds);
            else
                log.LogInformation(
                    "Offline intent classifier trained on {Count} utterances in {Milliseconds:F0} ms; the shipped model was trained on other data (rebuild it with `{Command}`)",
                    training.Count, ReadyDuration.Value.TotalMilliseconds, ShippedIntentModel.RebuildCommand);
            return model;
        }));
    }

    /// <summary>How long loading or training the model took, once it is ready.</summary>
    public TimeSpan? ReadyDuration { get; private set; }

    /// <summary>Whether the model is the shipped one (loaded) rather than trained in this process.</summary>
    public bool UsesShippedModel { get; private set; }

    /// <summary>Loads or trains the model if that has not happened yet; returns when it is ready.</summary>
    public Task EnsureReadyAsync(CancellationToken cancellationToken = default) =>
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
