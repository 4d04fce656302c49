using CobBot.Recognition;
using CobBot.Recognition.Offline;

namespace CobBot.Tests.Recognition.Offline;

public sealed class OfflineIntentClassifierTests(TrainedClassifierFixture fixture) : IClassFixture<TrainedClassifierFixture>
{
    private readonly OfflineIntentClassifier _classifier = fixture.Classifier;

    [Theory]
    [InlineData("hello there, good morning", Intents.Greeting)]
    [InlineData("what can you help me with?", Intents.Help)]
    [InlineData("is your platform hipaa compliant", Intents.KbQuery)]
    [InlineData("how much does benefits verification cost", Intents.KbQuery)]
    // "company" once appeared only in a greeting ("hello cob company"), so a question about the company was taken for one.
    [InlineData("Is COB Company hiring?", Intents.KbQuery)]
    [InlineData("can I set up a benefits analysis next tuesday at 3", Intents.BookAppointment)]
    [InlineData("please cancel my appointment COB-7K3M9Q", Intents.CancelAppointment)]
    [InlineData("can we move my demo to thursday", Intents.RescheduleAppointment)]
    [InlineData("when is my appointment?", Intents.AppointmentStatus)]
    [InlineData("let me speak to a real person", Intents.HumanHandoff)]
    [InlineData("ok bye for now", Intents.Goodbye)]
    [InlineData("thanks a lot, that helped", Intents.Thanks)]
    [InlineData("tell me a joke", Intents.None)]
    public async Task Classifies_clear_utterances(string text, string expected)
    {
        var prediction = await _classifier.PredictAsync(text);

        Assert.Equal(expected, prediction.Intent);
        Assert.InRange(prediction.Score, 0.3, 1);
    }

    [Theory]
    [InlineData("i need to cancle my apointment")]
    [InlineData("CANCEL MY APPOINTMENT")]
    public async Task Tolerates_typos_and_capitals(string text) =>
        Assert.Equal(Intents.CancelAppointment, (await _classifier.PredictAsync(text)).Intent);

    [Fact]
    public async Task Predictions_below_the_threshold_become_none()
    {
        const double threshold = 0.9;
        var predictions = new List<(string Text, IntentPrediction Prediction)>();
        foreach (var utterance in UtteranceSet.LoadEmbedded().Evaluation.Where(u => u.Intent != Intents.None))
        {
            predictions.Add((utterance.Text, await _classifier.PredictAsync(utterance.Text)));
        }

        var unsure = predictions.First(p => p.Prediction.Intent != Intents.None && p.Prediction.Score < threshold);
        var sure = predictions.First(p => p.Prediction.Score >= threshold);
        using var strict = new OfflineIntentClassifier(UtteranceSet.LoadEmbedded().Training, new OfflineRecognizerOptions { ConfidenceThreshold = threshold });

        Assert.Equal(new IntentPrediction(Intents.None, unsure.Prediction.Score), await strict.PredictAsync(unsure.Text));
        Assert.Equal(sure.Prediction, await strict.PredictAsync(sure.Text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Empty_text_is_none(string text) =>
        Assert.Equal(new IntentPrediction(Intents.None, 1), await _classifier.PredictAsync(text));

    [Fact]
    public async Task Concurrent_predictions_match_sequential_ones()
    {
        var texts = UtteranceSet.LoadEmbedded().Evaluation.Select(u => u.Text).ToArray();
        var sequential = new List<IntentPrediction>();
        foreach (var text in texts)
        {
            sequential.Add(await _classifier.PredictAsync(text));
        }

        var concurrent = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            var results = new IntentPrediction[texts.Length];
            for (var i = 0; i < texts.Length; i++)
            {
                results[i] = await _classifier.PredictAsync(texts[i]);
            }

            return results;
        })));

        Assert.All(concurrent, results => Assert.Equal(sequential, results));
    }
}
