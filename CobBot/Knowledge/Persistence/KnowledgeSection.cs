namespace CobBot.Knowledge.Persistence;

/// <summary>
/// One passage of an article: the introduction or a <c>##</c> section. Sections are what the FTS5 table
/// indexes, so a search returns the best passage rather than a whole article.
/// </summary>
public sealed class KnowledgeSection
{
    /// <summary>Database id; also the FTS5 rowid.</summary>
    public int Id { get; set; }

    /// <summary>Id of the owning <see cref="KnowledgeArticle"/>.</summary>
    public required string ArticleId { get; set; }

    /// <summary>Position in the article, from 0.</summary>
    public int Ordinal { get; set; }

    /// <summary>Section heading; empty for the introduction.</summary>
    public required string Heading { get; set; }

    /// <summary>Section text as Markdown.</summary>
    public required string Text { get; set; }

    /// <summary>The section's sentence embedding (little-endian <see cref="float"/>s); null until the first sync embeds it.</summary>
    public byte[]? Embedding { get; set; }

    /// <summary>Hash of the embedding model id and the embedded text; the vector is recomputed when it no longer matches.</summary>
    public string? EmbeddingFingerprint { get; set; }
}
