namespace CobBot.Recognition.Offline;

/// <summary>The offline classifier's verdict on one utterance.</summary>
/// <param name="Intent">
/// The top intent, or <see cref="Intents.None"/> when its probability is below the configured threshold.
/// </param>
/// <param name="Score">The classifier's probability for its top intent, 0..1 (also when mapped to none).</param>
public sealed record IntentPrediction(string Intent, double Score);
