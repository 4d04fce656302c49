namespace CobBot.Knowledge;

/// <summary>A section held in <see cref="KnowledgeSectionIndex"/>: its identity, text and unit-length vector.</summary>
public sealed record IndexedSection(string ArticleId, int Ordinal, string Title, string Heading, string Text, float[] Vector);
