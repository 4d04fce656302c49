namespace CobBot.Framework.Schema;

/// <summary>The id a channel assigned to a sent activity.</summary>
/// <param name="Id">The assigned id; may be empty for channels that assign none.</param>
public sealed record ResourceResponse(string? Id = null);
