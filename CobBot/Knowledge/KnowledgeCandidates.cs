namespace CobBot.Knowledge;

/// <summary>Everything one search found, before ranking: the sections and what the query's terms told FTS5.</summary>
/// <param name="Sections">Every section, with its lexical and dense signals.</param>
/// <param name="TermCount">How many terms the query has after stop words.</param>
/// <param name="KnownTerms">How many of them occur anywhere in the knowledge base.</param>
public sealed record KnowledgeCandidates(IReadOnlyList<KnowledgeCandidate> Sections, int TermCount, int KnownTerms)
{
    /// <summary>Nothing to rank (an empty query).</summary>
    public static KnowledgeCandidates Empty { get; } = new([], 0, 0);
}
