namespace CobBot.Recognition.Offline;

/// <summary>Settings of the offline recognizer, bound from the <c>Recognition:Offline</c> configuration section.</summary>
public sealed class OfflineRecognizerOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "Recognition:Offline";

    /// <summary>
    /// Predictions whose top probability is below this value become <see cref="Intents.None"/>. The classifier
    /// spreads probability over eleven intents, so a confident answer is often well below 1; 0.3 keeps clear
    /// answers and drops the ones it is guessing at.
    /// </summary>
    public double ConfidenceThreshold { get; set; } = 0.3;
}
