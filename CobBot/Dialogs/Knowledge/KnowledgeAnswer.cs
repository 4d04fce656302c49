using CobBot.Knowledge;

namespace CobBot.Dialogs.Knowledge;

/// <summary>An answer to a knowledge question.</summary>
/// <param name="Text">The answer (Markdown), without the source line.</param>
/// <param name="Sources">The articles the answer comes from, best first; never empty.</param>
/// <param name="Generated">True when a language model wrote the text from the passages, false when it is the best passage itself.</param>
public sealed record KnowledgeAnswer(string Text, IReadOnlyList<KnowledgePassage> Sources, bool Generated);
