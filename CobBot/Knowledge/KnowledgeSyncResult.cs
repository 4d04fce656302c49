namespace CobBot.Knowledge;

/// <summary>What a knowledge synchronisation changed.</summary>
public sealed record KnowledgeSyncResult(int Added, int Updated, int Removed, int Unchanged);
