namespace CobBot.Recognition.Entities;

/// <summary>An appointment/service type and the phrases customers use for it.</summary>
/// <param name="Name">Canonical name, e.g. "Benefits Analysis".</param>
/// <param name="Synonyms">Other phrases that mean the same service, e.g. "benefits review".</param>
public sealed record ServiceTypeDefinition(string Name, IReadOnlyList<string> Synonyms);
