namespace CobBot.Knowledge;

/// <summary>Settings of the <c>Knowledge</c> configuration section.</summary>
public sealed class KnowledgeOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Knowledge";

    /// <summary>
    /// Optional folder of article files (relative to the content root) that replaces the articles embedded
    /// in the app; empty means the embedded ones.
    /// </summary>
    public string? ArticlesPath { get; set; }

    /// <summary>
    /// Relevance floor: articles whose score (negated bm25) is below this are never returned, so unrelated
    /// questions get no answer instead of a weak one.
    /// </summary>
    public double MinimumScore { get; set; } = 3.0;

    /// <summary>
    /// Above <see cref="MinimumScore"/>, an article must also contain at least half of the question's terms,
    /// and more of them than the question has words unknown to the whole knowledge base ("weather",
    /// "football") — unless it scores this much (a long question whose key words match strongly).
    /// </summary>
    public double StrongScore { get; set; } = 8.0;
}
