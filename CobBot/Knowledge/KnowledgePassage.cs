namespace CobBot.Knowledge;

/// <summary>A search hit: the best-matching passage of one article.</summary>
/// <param name="ArticleId">Id of the article, for links and feedback.</param>
/// <param name="Title">Article title.</param>
/// <param name="Heading">Heading of the passage's section; empty for the article's introduction.</param>
/// <param name="Text">The passage as Markdown (one section, not the whole article).</param>
/// <param name="Score">FTS5 bm25 relevance, negated so that higher is better.</param>
public sealed record KnowledgePassage(string ArticleId, string Title, string Heading, string Text, double Score);
