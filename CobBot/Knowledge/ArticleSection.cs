namespace CobBot.Knowledge;

/// <summary>A passage of a parsed article file: the introduction (empty heading) or a <c>##</c> section.</summary>
public sealed record ArticleSection(string Heading, string Text);
