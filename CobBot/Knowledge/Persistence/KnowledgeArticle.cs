namespace CobBot.Knowledge.Persistence;

/// <summary>A knowledge-base article, loaded from a shipped article file and kept in sync by id.</summary>
public sealed class KnowledgeArticle
{
    /// <summary>Stable id from the file's front matter, e.g. <c>refund-policy</c>.</summary>
    public required string Id { get; set; }

    /// <summary>Title shown to the customer.</summary>
    public required string Title { get; set; }

    /// <summary>Grouping such as Products, Policies, Hours.</summary>
    public required string Category { get; set; }

    /// <summary>Comma-separated search keywords (synonyms the body may not use).</summary>
    public required string Tags { get; set; }

    /// <summary>The article body as Markdown, without the front matter.</summary>
    public required string Body { get; set; }

    /// <summary>SHA-256 of the source file; a change means the article must be re-indexed.</summary>
    public required string ContentHash { get; set; }

    /// <summary>When the article was last inserted or changed in the database.</summary>
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The searchable sections, in document order.</summary>
    public List<KnowledgeSection> Sections { get; set; } = [];
}
