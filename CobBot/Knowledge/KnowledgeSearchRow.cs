namespace CobBot.Knowledge;

/// <summary>One matching section as read from the full-text query, before results are grouped per article.</summary>
/// <param name="ArticleId">Owning article.</param>
/// <param name="Ordinal">Section position; 0 is the introduction.</param>
/// <param name="Title">Article title.</param>
/// <param name="Heading">Section heading.</param>
/// <param name="Text">Section text.</param>
/// <param name="Score">bm25 (FTS5's, negated) over all columns: ranks articles.</param>
/// <param name="PassageScore">bm25 over the section's own heading and text: picks the passage.</param>
/// <param name="MatchedTerms">How many of the query's terms this section contains.</param>
/// <param name="KnownTerms">How many of the query's terms occur anywhere in the knowledge base (same on every row).</param>
internal sealed record KnowledgeSearchRow(
    string ArticleId,
    int Ordinal,
    string Title,
    string Heading,
    string Text,
    double Score,
    double PassageScore,
    int MatchedTerms,
    int KnownTerms);
