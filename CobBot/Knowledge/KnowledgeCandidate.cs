namespace CobBot.Knowledge;

/// <summary>One section with both retrieval signals, before fusion.</summary>
/// <param name="ArticleId">Owning article.</param>
/// <param name="Ordinal">Section position; 0 is the introduction.</param>
/// <param name="Title">Article title.</param>
/// <param name="Heading">Section heading.</param>
/// <param name="Text">Section text.</param>
/// <param name="LexicalRank">1-based BM25 rank, or null when FTS5 did not match the section.</param>
/// <param name="Score">Negated bm25 over all columns (0 when unmatched).</param>
/// <param name="PassageScore">Negated bm25 over the section's own heading and text (0 when unmatched).</param>
/// <param name="MatchedTerms">How many of the query's terms the section contains.</param>
/// <param name="DenseRank">1-based rank by cosine similarity.</param>
/// <param name="Cosine">Cosine similarity of the query and section vectors.</param>
public sealed record KnowledgeCandidate(
    string ArticleId,
    int Ordinal,
    string Title,
    string Heading,
    string Text,
    int? LexicalRank,
    double Score,
    double PassageScore,
    int MatchedTerms,
    int DenseRank,
    double Cosine);
