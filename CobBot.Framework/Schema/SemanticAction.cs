using System.Text.Json.Nodes;

namespace CobBot.Framework.Schema;

/// <summary>A programmatic action alongside an activity's content.</summary>
public sealed class SemanticAction
{
    /// <summary>The action id.</summary>
    public string? Id { get; set; }
    /// <summary><c>start</c>, <c>continue</c> or <c>done</c>.</summary>
    public string? State { get; set; }
    /// <summary>Entities of the action, by name.</summary>
    public Dictionary<string, JsonNode?>? Entities { get; set; }
}
