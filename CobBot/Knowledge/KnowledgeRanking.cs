namespace CobBot.Knowledge;

/// <summary>How <see cref="KnowledgeBase"/> orders and cuts off the candidate sections.</summary>
public enum KnowledgeRanking
{
    /// <summary>BM25 (FTS5) alone with the lexical relevance rules: the pre-embedding behaviour, kept for comparison.</summary>
    Lexical,

    /// <summary>Reciprocal rank fusion of the BM25 and cosine rankings; the cut-off is the best section's cosine.</summary>
    ReciprocalRank,

    /// <summary>A weighted sum of cosine similarity and squashed BM25 (<c>s / (s + half)</c>), cut off at a threshold.</summary>
    Calibrated,
}
