using CobBot.Recognition;
using CobBot.Recognition.Offline;

namespace CobBot.Tests.Recognition.Offline;

public sealed class OfflineRecognizerTests(TrainedClassifierFixture fixture) : IClassFixture<TrainedClassifierFixture>
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    [Fact]
    public async Task Combines_intent_entities_and_sentiment()
    {
        var entities = new RecognizedEntities { ConfirmationCode = "COB-7K3M9Q" };
        var extractor = new FixedEntityExtractor(entities);
        var recognizer = new OfflineRecognizer(fixture.Classifier, extractor, new LexiconSentimentScorer());
        var text = "this is ridiculous, cancel my appointment COB-7K3M9Q right now";

        var result = await recognizer.RecognizeAsync(text, NewYork);

        Assert.Equal(Intents.CancelAppointment, result.Intent);
        Assert.Equal((await fixture.Classifier.PredictAsync(text)).Score, result.Score);
        Assert.Same(entities, result.Entities);
        Assert.Equal([(text, NewYork)], extractor.Calls);
        Assert.True(result.Sentiment < 0);
        Assert.Equal("offline", result.Source);
    }

    [Fact]
    public async Task Off_topic_text_is_none_with_neutral_sentiment()
    {
        var recognizer = new OfflineRecognizer(fixture.Classifier, new FixedEntityExtractor(RecognizedEntities.Empty), new LexiconSentimentScorer());

        var result = await recognizer.RecognizeAsync("what's the weather like in paris", NewYork);

        Assert.Equal(Intents.None, result.Intent);
        Assert.Same(RecognizedEntities.Empty, result.Entities);
        Assert.Equal(0, result.Sentiment);
    }

    [Fact]
    public async Task Honours_cancellation_while_the_model_trains()
    {
        using var untrained = new OfflineIntentClassifier(UtteranceSet.LoadEmbedded().Training, new OfflineRecognizerOptions());
        var recognizer = new OfflineRecognizer(untrained, new FixedEntityExtractor(RecognizedEntities.Empty), new LexiconSentimentScorer());

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => recognizer.RecognizeAsync("hello", NewYork, new CancellationToken(canceled: true)));
    }
}
