using CobBot.Recognition;
using CobBot.Recognition.Offline;
using Xunit.Abstractions;

namespace CobBot.Tests.Recognition.Offline;

public sealed class RecognizerEvaluationTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Held_out_accuracy_is_at_least_90_percent()
    {
        var report = await RecognizerEvaluation.EvaluateAsync(UtteranceSet.LoadEmbedded(), new OfflineRecognizerOptions());

        using var text = new StringWriter();
        report.WriteTo(text);
        output.WriteLine(text.ToString());
        Assert.True(
            report.Metrics.Accuracy >= RecognizerEvaluation.RequiredAccuracy,
            $"Held-out accuracy {report.Metrics.Accuracy:P1} is below {RecognizerEvaluation.RequiredAccuracy:P0}.");
        Assert.Equal(UtteranceSet.LoadEmbedded().Evaluation.Count, report.Results.Count);
        Assert.All(Intents.All, intent => Assert.True(report.Metrics.PerIntent.Single(m => m.Intent == intent).Support > 0));
    }
}
