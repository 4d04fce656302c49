namespace CobBot.Recognition.Offline;

/// <summary>Accuracy, macro-F1, per-intent metrics and the confusion matrix of a set of predictions.</summary>
public sealed class EvaluationMetrics
{
    private readonly Dictionary<string, int> _index;
    private readonly int[,] _confusion;

    private EvaluationMetrics(IReadOnlyList<string> intents, Dictionary<string, int> index, int[,] confusion, int total)
    {
        Intents = intents;
        _index = index;
        _confusion = confusion;
        var correct = Enumerable.Range(0, intents.Count).Sum(i => confusion[i, i]);
        Accuracy = total == 0 ? 0 : (double)correct / total;
        PerIntent = Enumerable.Range(0, intents.Count).Select(MetricsOf).ToArray();
        var present = PerIntent.Where((m, i) => m.Support > 0 || Column(i) > 0).ToArray();
        MacroF1 = present.Length == 0 ? 0 : present.Average(m => m.F1);
    }

    /// <summary>The intents, in the order of the confusion matrix's rows and columns.</summary>
    public IReadOnlyList<string> Intents { get; }

    /// <summary>The share of utterances whose predicted intent is the labelled one.</summary>
    public double Accuracy { get; }

    /// <summary>The unweighted mean F1 over the intents that were labelled or predicted at least once.</summary>
    public double MacroF1 { get; }

    /// <summary>Metrics per intent, in <see cref="Intents"/> order.</summary>
    public IReadOnlyList<IntentMetrics> PerIntent { get; }

    /// <summary>How many utterances labelled <paramref name="expected"/> were predicted as <paramref name="predicted"/>.</summary>
    public int Count(string expected, string predicted) => _confusion[IndexOf(_index, expected), IndexOf(_index, predicted)];

    /// <summary>Computes the metrics over (expected, predicted) pairs whose intents are all in <paramref name="intents"/>.</summary>
    public static EvaluationMetrics Compute(IReadOnlyList<string> intents, IEnumerable<(string Expected, string Predicted)> outcomes)
    {
        ArgumentNullException.ThrowIfNull(intents);
        ArgumentNullException.ThrowIfNull(outcomes);
        var index = intents.Select((intent, i) => (intent, i)).ToDictionary(p => p.intent, p => p.i);
        var confusion = new int[intents.Count, intents.Count];
        var total = 0;
        foreach (var (expected, predicted) in outcomes)
        {
            confusion[IndexOf(index, expected), IndexOf(index, predicted)]++;
            total++;
        }

        return new EvaluationMetrics(intents, index, confusion, total);
    }

    private IntentMetrics MetricsOf(int i)
    {
        var truePositives = _confusion[i, i];
        var support = Row(i);
        var predicted = Column(i);
        var precision = predicted == 0 ? 0 : (double)truePositives / predicted;
        var recall = support == 0 ? 0 : (double)truePositives / support;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new IntentMetrics(Intents[i], precision, recall, f1, support);
    }

    private int Row(int i) => Enumerable.Range(0, Intents.Count).Sum(j => _confusion[i, j]);

    private int Column(int j) => Enumerable.Range(0, Intents.Count).Sum(i => _confusion[i, j]);

    private static int IndexOf(Dictionary<string, int> index, string intent) =>
        index.TryGetValue(intent, out var i) ? i : throw new ArgumentException($"Unknown intent '{intent}'.", nameof(intent));
}
