namespace CobBot.Knowledge;

/// <summary>
/// Which articles hold which of a question's words, so the ranking can tell "does COB offer employee benefits" from
/// "does COB offer benefits verification": the best article must hold the question's telling words, not only its
/// subject. Words are compared by their first <see cref="PrefixLength"/> letters, a stem that keeps "located" and
/// "location" or "auditors" and "audit" together; words in half the articles or more ("cob", "company") tell nothing
/// and are left out. Immutable, so thread-safe.
/// </summary>
public sealed class KnowledgeTermCoverage
{
    /// <summary>Letters of a word that decide whether two words match.</summary>
    public const int PrefixLength = 5;

    private readonly Dictionary<string, HashSet<string>> articlesByStem = new(StringComparer.Ordinal);
    private readonly int articleCount;

    /// <summary>Builds the coverage from every article's texts (title, tags, headings and sections), by article id.</summary>
    public KnowledgeTermCoverage(IEnumerable<(string ArticleId, string Text)> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var articles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (articleId, text) in texts)
        {
            articles.Add(articleId);
            foreach (var term in KnowledgeQuery.Words(text))
            {
                var stem = Stem(term);
                if (!articlesByStem.TryGetValue(stem, out var holders)) articlesByStem[stem] = holders = new HashSet<string>(StringComparer.Ordinal);
                holders.Add(articleId);
            }
        }

        articleCount = articles.Count;
    }

    /// <summary>No articles: every question is fully covered, so coverage never refuses.</summary>
    public static KnowledgeTermCoverage Empty { get; } = new([]);

    /// <summary>
    /// For every article, the share of <paramref name="terms"/>' telling words it holds (1 when the question has no
    /// telling word); articles holding none of them are absent (share 0).
    /// </summary>
    public KnowledgeCoverage Of(IReadOnlyList<string> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        if (articleCount == 0) return KnowledgeCoverage.Full;
        var telling = terms.Select(Stem).Distinct(StringComparer.Ordinal)
            .Where(stem => articlesByStem.GetValueOrDefault(stem) is not { } holders || holders.Count * 2 < articleCount)
            .ToList();
        if (telling.Count == 0) return KnowledgeCoverage.Full;
        var shares = telling
            .SelectMany(stem => articlesByStem.GetValueOrDefault(stem) ?? [])
            .GroupBy(articleId => articleId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (double)g.Count() / telling.Count, StringComparer.Ordinal);
        return new KnowledgeCoverage(shares, 0);
    }

    private static string Stem(string term) => term.Length <= PrefixLength ? term : term[..PrefixLength];
}
