namespace CobBot.Knowledge;

/// <summary>What <see cref="KnowledgeSectionIndex"/> holds between syncs: the embedded sections and the knowledge base's words.</summary>
/// <param name="Sections">Every section with its vector.</param>
/// <param name="Vocabulary">The words of all articles, for the spelling pass over queries.</param>
/// <param name="Coverage">Which articles hold which words, for the relevance cut-off.</param>
public sealed record KnowledgeIndexSnapshot(IReadOnlyList<IndexedSection> Sections, KnowledgeVocabulary Vocabulary, KnowledgeTermCoverage Coverage);
