using System.Text;

namespace CobBot.Knowledge;

/// <summary>
/// Turns free customer text into a safe FTS5 MATCH expression: words only (so FTS5 operators, quotes,
/// parentheses, <c>*</c>, <c>-</c> and <c>NEAR</c> lose their meaning), stop words dropped, each term quoted,
/// terms joined with OR so ranking, not all-terms matching, decides.
/// </summary>
public static class KnowledgeQuery
{
    /// <summary>Longest input considered; a question never needs more.</summary>
    public const int MaxInputLength = 500;

    /// <summary>Most terms sent to FTS5.</summary>
    public const int MaxTerms = 16;

    /// <summary>Distinct lower-case words of <paramref name="text"/> without stop words, in order of appearance.</summary>
    public static IReadOnlyList<string> Terms(string? text)
    {
        var terms = new List<string>();
        foreach (var term in Words((text ?? "")[..Math.Min(text?.Length ?? 0, MaxInputLength)]))
        {
            if (terms.Count < MaxTerms && !StopWords.All.Contains(term) && !terms.Contains(term))
            {
                terms.Add(term);
            }
        }

        return terms;
    }

    /// <summary>Every lower-case word of <paramref name="text"/> (letters and digits), stop words included, in order.</summary>
    public static IEnumerable<string> Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var word = new StringBuilder();
        foreach (var c in text)
        {
            // Apostrophes are dropped inside words so "what's" and "don't" become stop words, not fragments.
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (c is not ('\'' or '\u2019') && word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }

        if (word.Length > 0) yield return word.ToString();
    }

    /// <summary>
    /// FTS5 string for one term: quoted, so it is never read as an operator (<c>NEAR</c>, <c>OR</c>, …). Terms
    /// hold only letters and digits, so quoting needs no escaping.
    /// </summary>
    public static string Quote(string term) => $"\"{term}\"";

    /// <summary>The OR-query over <paramref name="terms"/>, e.g. <c>"refund" OR "policy"</c>.</summary>
    public static string AnyOf(IEnumerable<string> terms) => string.Join(" OR ", terms.Select(Quote));
}
