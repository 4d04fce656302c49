namespace CobBot.Knowledge;

/// <summary>Everything one search found, before ranking: the sections and what the query's terms told FTS5.</summary>
/// <param name="Sections">Every section, with its lexical and dense signals.</param>
/// <param name="TermCount">How many terms the query has after stop words.</param>
/// <param name="KnownTerms">How many of them occur anywhere in the knowledge base.</param>
/// <param name="Coverage">The share of the query's telling words each article holds; null: every article holds them all.</param>
public sealed record KnowledgeCandidates(IReadOnlyList<KnowledgeCandidate> Sections, int TermCount, int KnownTerms, KnowledgeCoverage? Coverage = null)
{
    /// <summary>The share of the query's telling words that <paramref name="articleId"/> holds.</summary>
    public double CoverageOf(string articleId) => (Coverage ?? KnowledgeCoverage.Full).Of(articleId);

    /// <summary>Nothing to rank (an empty query).</summary>
    public static KnowledgeCandidates Empty { get; } = new([], 0, 0);
}
