namespace CobBot.Knowledge;

/// <summary>Full-text search over the knowledge articles, and feedback about them.</summary>
public interface IKnowledgeBase
{
    /// <summary>
    /// Finds up to <paramref name="top"/> articles relevant to <paramref name="query"/>, best first, one passage
    /// per article. Returns an empty list when nothing is relevant enough; never throws on odd input.
    /// </summary>
    Task<IReadOnlyList<KnowledgePassage>> SearchAsync(string query, int top, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores whether an article helped. <paramref name="conversationKey"/> is hashed (SHA-256) before it is
    /// stored; the raw key is never kept.
    /// </summary>
    Task RecordFeedbackAsync(string articleId, bool helpful, string conversationKey, CancellationToken cancellationToken = default);
}
