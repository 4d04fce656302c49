using CobBot.App;
using CobBot.Recognition.Offline;
using CobBot.Tests.ChannelTests;

namespace CobBot.Tests.Recognition.Offline;

/// <summary>The shipped intent model: current with the shipped utterances, identical to training, rebuilt by the command.</summary>
public sealed class ShippedIntentModelTests
{
    private static readonly UtteranceSet Utterances = UtteranceSet.LoadEmbedded();

    [Fact]
    public void The_shipped_model_was_trained_on_the_shipped_utterances()
    {
        Assert.True(
            ShippedIntentModel.Fingerprint == IntentModel.Fingerprint(Utterances.Training),
            $"utterances.tsv (or the pipeline) changed since the shipped model was trained: run `{ShippedIntentModel.RebuildCommand}` and commit Recognition/Resources.");
    }

    [Fact]
    public void The_shipped_model_predicts_exactly_what_training_on_the_shipped_utterances_does_and_training_is_deterministic()
    {
        using var shipped = ShippedIntentModel.TryLoad(Utterances.Training);
        using var trained = IntentModel.Train(Utterances.Training);
        using var retrained = IntentModel.Train(Utterances.Training);

        Assert.NotNull(shipped);
        var differentIntents = new List<string>();
        foreach (var utterance in Utterances.All)
        {
            var expected = trained.Predict(utterance.Text);
            Assert.Equal(expected, retrained.Predict(utterance.Text));
            var actual = shipped.Predict(utterance.Text);
            // Another CPU's vector width may move the last bits of training (and so flip an exact tie); anything
            // more means another model.
            Assert.Equal(expected.Probability, actual.Probability, 1e-3);
            if (expected.Intent != actual.Intent) differentIntents.Add(utterance.Text);
        }
        Assert.True(differentIntents.Count <= 2, $"The shipped model disagrees on: {string.Join(" | ", differentIntents)}");
    }

    [Fact]
    public async Task A_classifier_for_other_training_data_trains_instead_of_loading_the_shipped_model()
    {
        var training = Utterances.Training.Where(u => u.Intent != "thanks").ToList();
        using var other = new OfflineIntentClassifier(training, new OfflineRecognizerOptions());
        using var shipped = new OfflineIntentClassifier(Utterances.Training, new OfflineRecognizerOptions());

        Assert.Null(ShippedIntentModel.TryLoad(training));
        await other.EnsureReadyAsync();
        await shipped.EnsureReadyAsync();

        Assert.False(other.UsesShippedModel);
        Assert.True(shipped.UsesShippedModel);
        Assert.NotEqual("thanks", (await other.PredictAsync("thank you so much")).Intent);
        Assert.Equal("thanks", (await shipped.PredictAsync("thank you so much")).Intent);
    }

    [Fact]
    public async Task The_train_recognizer_command_writes_a_model_and_fingerprint_for_the_folder_s_utterances()
    {
        var folder = Directory.CreateTempSubdirectory("cobbot-model-");
        try
        {
            var lines = File.ReadAllLines(Path.Combine(PeerClients.RepositoryRoot, "CobBot", "Recognition", "Resources", "utterances.tsv"));
            File.WriteAllLines(Path.Combine(folder.FullName, "utterances.tsv"), lines.Where(l => !l.StartsWith("thanks\t", StringComparison.Ordinal)));
            var output = new StringWriter();

            var exitCode = await CobBotCommandLine.TryRunAsync(["train-recognizer", folder.FullName], TextReader.Null, output, TextWriter.Null);

            Assert.Equal(0, exitCode);
            var fingerprint = File.ReadAllText(Path.Combine(folder.FullName, "intent-model.fingerprint")).Trim();
            Assert.Contains(fingerprint, output.ToString());
            Assert.NotEqual(ShippedIntentModel.Fingerprint, fingerprint);
            await using var file = File.OpenRead(Path.Combine(folder.FullName, "intent-model.zip"));
            using var model = IntentModel.Load(file);
            Assert.NotEqual("thanks", model.Predict("thank you so much").Intent);
            Assert.Equal("book_appointment", model.Predict("I'd like to book an appointment for next week").Intent);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("train-recognizer", "/nonexistent-cobbot-folder")]
    [InlineData("train-recognizer", "a", "b")]
    public async Task The_train_recognizer_command_explains_a_wrong_folder_or_arguments(params string[] args)
    {
        var error = new StringWriter();

        Assert.Equal(2, await CobBotCommandLine.TryRunAsync(args, TextReader.Null, TextWriter.Null, error));

        Assert.Contains("train-recognizer", error.ToString());
    }
}
