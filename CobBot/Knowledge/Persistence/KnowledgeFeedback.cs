namespace CobBot.Knowledge.Persistence;

/// <summary>
/// A customer's "was this helpful?" answer about an article, kept for analytics. It holds no PHI: the
/// conversation is identified only by a hash.
/// </summary>
public sealed class KnowledgeFeedback
{
    /// <summary>Database id.</summary>
    public long Id { get; set; }

    /// <summary>The article the answer is about (kept even if the article is later removed).</summary>
    public required string ArticleId { get; set; }

    /// <summary>Whether the customer found the article helpful.</summary>
    public bool Helpful { get; set; }

    /// <summary>Hex SHA-256 of the conversation key, to group answers per conversation.</summary>
    public required string ConversationKeyHash { get; set; }

    /// <summary>When the answer was recorded.</summary>
    public DateTimeOffset CreatedAt { get; set; }
}
