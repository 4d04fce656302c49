namespace CobBot.Cards;

/// <summary>One row of a card's FactSet.</summary>
/// <param name="Title">The label, e.g. "Service".</param>
/// <param name="Value">The value, e.g. "Benefits Analysis".</param>
public sealed record CardFact(string Title, string Value);
