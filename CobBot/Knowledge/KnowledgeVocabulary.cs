using System.Text;

namespace CobBot.Knowledge;

/// <summary>
/// The words of the knowledge base (titles, headings, text, tags) with their counts, used for a light spelling pass
/// over the customer's text: a word the knowledge base does not know is replaced by the most frequent known word
/// one edit away (two for words of eight letters or more), so "supprt hours" searches as "support hours".
/// Short words and stop words are left alone. Immutable, so thread-safe.
/// </summary>
public sealed class KnowledgeVocabulary
{
    private const int MinimumLength = 5;
    private const int TwoEditLength = 8;
    private readonly Dictionary<string, int> counts;

    /// <summary>Builds the vocabulary from <paramref name="texts"/>.</summary>
    public KnowledgeVocabulary(IEnumerable<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            foreach (var word in Words(text))
            {
                counts[word] = counts.GetValueOrDefault(word) + 1;
            }
        }
    }

    /// <summary>An empty vocabulary, which corrects nothing.</summary>
    public static KnowledgeVocabulary Empty { get; } = new([]);

    /// <summary>Whether <paramref name="word"/> (lower case) occurs in the knowledge base.</summary>
    public bool Contains(string word) => counts.ContainsKey(word);

    /// <summary><paramref name="text"/> with each unknown word replaced by its correction (lower case); other characters are kept.</summary>
    public string Correct(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new StringBuilder(text.Length);
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetter(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                var word = text[start..i];
                result.Append(Correction(word.ToLowerInvariant()) ?? word);
                start = -1;
            }

            if (!inWord && i < text.Length)
            {
                result.Append(text[i]);
            }
        }

        return result.ToString();
    }

    private string? Correction(string word)
    {
        if (word.Length < MinimumLength || counts.ContainsKey(word) || StopWords.All.Contains(word))
        {
            return null;
        }

        var allowed = word.Length >= TwoEditLength ? 2 : 1;
        string? best = null;
        int bestDistance = int.MaxValue, bestCount = 0;
        foreach (var (known, count) in counts)
        {
            if (Math.Abs(known.Length - word.Length) > allowed || known.Length < MinimumLength - 1)
            {
                continue;
            }

            var distance = Distance(word, known, allowed);
            if (distance <= allowed && (distance < bestDistance || (distance == bestDistance && count > bestCount)))
            {
                (best, bestDistance, bestCount) = (known, distance, count);
            }
        }

        return best;
    }

    /// <summary>Optimal-string-alignment distance (edits with adjacent swaps), or more than <paramref name="limit"/>.</summary>
    private static int Distance(string a, string b, int limit)
    {
        var rows = new int[3][];
        for (var r = 0; r < 3; r++)
        {
            rows[r] = new int[b.Length + 1];
        }

        for (var j = 0; j <= b.Length; j++)
        {
            rows[0][j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var (before, previous, current) = (rows[(i + 1) % 3], rows[(i + 2) % 3], rows[i % 3]);
            current[0] = i;
            var rowMinimum = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, before[j - 2] + 1);
                }

                current[j] = value;
                rowMinimum = Math.Min(rowMinimum, value);
            }

            if (rowMinimum > limit)
            {
                return limit + 1;
            }
        }

        return rows[a.Length % 3][b.Length];
    }

    private static IEnumerable<string> Words(string text)
    {
        var word = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }
}
