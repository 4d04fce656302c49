using System.Globalization;

namespace CobBot.Recognition.Offline;

/// <summary>The sentiment scorer's word lists: valences, negators, boosters and contrast words, keyed in lower case.</summary>
internal sealed class SentimentLexicon
{
    private SentimentLexicon(
        Dictionary<string, double> valences,
        Dictionary<string, double> negators,
        Dictionary<string, double> boosters,
        Dictionary<string, double> contrasts)
    {
        Valences = valences;
        Negators = negators;
        Boosters = boosters;
        Contrasts = contrasts;
    }

    /// <summary>Word valences, −4..4.</summary>
    public IReadOnlyDictionary<string, double> Valences { get; }

    /// <summary>Factors applied to a sentiment word shortly after a negator.</summary>
    public IReadOnlyDictionary<string, double> Negators { get; }

    /// <summary>Factors applied to the sentiment word right after a booster.</summary>
    public IReadOnlyDictionary<string, double> Boosters { get; }

    /// <summary>Weights of the words after a contrast word ("but"); the words before it count half.</summary>
    public IReadOnlyDictionary<string, double> Contrasts { get; }

    /// <summary>Loads the lexicon shipped in the assembly.</summary>
    public static SentimentLexicon LoadEmbedded()
    {
        using var reader = RecognitionData.Open(RecognitionData.SentimentLexicon);
        return Parse(reader);
    }

    /// <summary>Parses <c>kind&lt;TAB&gt;term&lt;TAB&gt;value</c> lines.</summary>
    public static SentimentLexicon Parse(TextReader reader)
    {
        Dictionary<string, double> valences = [], negators = [], boosters = [], contrasts = [];
        foreach (var (lineNumber, fields) in RecognitionData.ReadTsv(reader))
        {
            if (fields.Length != 3 || !double.TryParse(fields[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                throw new FormatException($"Line {lineNumber}: expected 'kind<TAB>term<TAB>number'.");
            }

            var table = fields[0] switch
            {
                "word" => valences,
                "negator" => negators,
                "booster" => boosters,
                "contrast" => contrasts,
                _ => throw new FormatException($"Line {lineNumber}: unknown kind '{fields[0]}'."),
            };
            if (!table.TryAdd(fields[1].ToLowerInvariant(), value))
            {
                throw new FormatException($"Line {lineNumber}: '{fields[1]}' is listed twice.");
            }
        }

        return new SentimentLexicon(valences, negators, boosters, contrasts);
    }
}
