namespace CobBot.Recognition.Offline;

/// <summary>
/// The intent model shipped in the assembly (<c>Recognition/Resources/intent-model.zip</c>) with the
/// <see cref="IntentModel.Fingerprint"/> of the training data it was trained on (<c>intent-model.fingerprint</c>).
/// It is used only for exactly that data, so an edited utterance file never runs with a stale model: the classifier
/// trains instead, and a test fails until the model is rebuilt with
/// <c>dotnet run --project CobBot -- train-recognizer</c>.
/// </summary>
internal static class ShippedIntentModel
{
    /// <summary>The command that rebuilds the shipped model from the source tree's utterances.</summary>
    public const string RebuildCommand = "dotnet run --project CobBot -- train-recognizer";

    private const string ModelFileName = "intent-model.zip";
    private const string FingerprintFileName = "intent-model.fingerprint";

    /// <summary>The fingerprint of the data the shipped model was trained on, or null when no model ships.</summary>
    public static string? Fingerprint => RecognitionData.TryReadAllText(FingerprintFileName)?.Trim();

    /// <summary>The shipped model when it was trained on exactly <paramref name="training"/>; otherwise null.</summary>
    public static IntentModel? TryLoad(IReadOnlyList<LabelledUtterance> training)
    {
        if (Fingerprint != IntentModel.Fingerprint(training)) return null;
        using var stream = RecognitionData.OpenStream(ModelFileName);
        return IntentModel.Load(stream);
    }

    /// <summary>
    /// Trains on the training split of <c>utterances.tsv</c> in <paramref name="dataDirectory"/> and writes the model and
    /// its fingerprint next to it; returns the fingerprint.
    /// </summary>
    public static string Rebuild(string dataDirectory)
    {
        UtteranceSet utterances;
        using (var reader = File.OpenText(Path.Combine(dataDirectory, RecognitionData.Utterances))) utterances = UtteranceSet.Parse(reader);
        using var model = IntentModel.Train(utterances.Training);
        using (var file = File.Create(Path.Combine(dataDirectory, ModelFileName))) model.Save(file);
        var fingerprint = IntentModel.Fingerprint(utterances.Training);
        File.WriteAllText(Path.Combine(dataDirectory, FingerprintFileName), fingerprint + "\n");
        return fingerprint;
    }
}
