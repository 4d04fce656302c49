using System.Text;

namespace CobBot.Recognition.Offline;

/// <summary>
/// The labelled utterances, split deterministically into a training part and a held-out evaluation part.
/// An utterance is held out when a stable hash (FNV-1a) of its normalised text falls in one of
/// <see cref="HeldOutBuckets"/> out of <see cref="Buckets"/>, so the split never depends on line order,
/// the runtime's string hashing or a random seed, and adding a line never moves another one.
/// </summary>
public sealed class UtteranceSet
{
    /// <summary>How many hash buckets the utterances are spread over.</summary>
    public const int Buckets = 5;

    /// <summary>How many of the buckets are held out for evaluation (about a fifth of the data).</summary>
    public const int HeldOutBuckets = 1;

    private UtteranceSet(IReadOnlyList<LabelledUtterance> all)
    {
        All = all;
        Training = all.Where(u => !IsHeldOut(u.Text)).ToArray();
        Evaluation = all.Where(u => IsHeldOut(u.Text)).ToArray();
    }

    /// <summary>Every utterance, in file order.</summary>
    public IReadOnlyList<LabelledUtterance> All { get; }

    /// <summary>The utterances the classifier trains on.</summary>
    public IReadOnlyList<LabelledUtterance> Training { get; }

    /// <summary>The held-out utterances the classifier is evaluated on and never trains on.</summary>
    public IReadOnlyList<LabelledUtterance> Evaluation { get; }

    /// <summary>Loads the utterance set shipped in the assembly.</summary>
    public static UtteranceSet LoadEmbedded()
    {
        using var reader = RecognitionData.Open(RecognitionData.Utterances);
        return Parse(reader);
    }

    /// <summary>Parses <c>intent&lt;TAB&gt;text</c> lines; rejects unknown intents and malformed lines.</summary>
    public static UtteranceSet Parse(TextReader reader)
    {
        var utterances = new List<LabelledUtterance>();
        foreach (var (lineNumber, fields) in RecognitionData.ReadTsv(reader))
        {
            if (fields.Length != 2 || fields[1].Trim().Length == 0)
            {
                throw new FormatException($"Line {lineNumber}: expected 'intent<TAB>text'.");
            }

            if (!Intents.All.Contains(fields[0]))
            {
                throw new FormatException($"Line {lineNumber}: unknown intent '{fields[0]}'.");
            }

            utterances.Add(new LabelledUtterance(fields[0], fields[1].Trim()));
        }

        return new UtteranceSet(utterances);
    }

    /// <summary>Whether <paramref name="text"/> belongs to the held-out evaluation split.</summary>
    public static bool IsHeldOut(string text) => StableHash(text) % Buckets < HeldOutBuckets;

    private static uint StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(text.Trim().ToLowerInvariant()))
        {
            hash = (hash ^ b) * 16777619u;
        }

        return hash;
    }
}
