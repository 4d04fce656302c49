namespace CobBot.Knowledge;

/// <summary>An article file after parsing, before it is stored.</summary>
/// <param name="Id">Stable id (lower-case letters, digits and dashes).</param>
/// <param name="Title">Title shown to the customer.</param>
/// <param name="Category">Grouping such as Products or Policies.</param>
/// <param name="Tags">Search keywords.</param>
/// <param name="Body">Markdown body without the front matter.</param>
/// <param name="Sections">The body split into passages.</param>
/// <param name="ContentHash">Hex SHA-256 of the file text (line endings normalised).</param>
public sealed record ArticleDocument(
    string Id,
    string Title,
    string Category,
    IReadOnlyList<string> Tags,
    string Body,
    IReadOnlyList<ArticleSection> Sections,
    string ContentHash);
