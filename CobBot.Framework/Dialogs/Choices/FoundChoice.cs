namespace CobBot.Framework.Dialogs.Choices;

/// <summary>A choice recognised in the user's reply.</summary>
/// <param name="Value">The choice's <see cref="Choice.Value"/>.</param>
/// <param name="Index">The choice's zero-based position in the list offered.</param>
/// <param name="Score">Confidence from 0 to 1; 1 for an exact title, synonym or number.</param>
/// <param name="Synonym">The text (title, synonym or number) that matched.</param>
public sealed record FoundChoice(string Value, int Index, double Score, string? Synonym = null);
