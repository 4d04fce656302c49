using System.Text.Json;
using System.Text.Json.Serialization;

namespace CobBot.Framework.Teams;

/// <summary>The team in Teams <c>channelData.team</c> (channel conversations only).</summary>
public sealed class TeamInfo
{
    /// <summary>The team id (the id of its General channel).</summary>
    public string? Id { get; set; }
    /// <summary>The team name (sent on rename events).</summary>
    public string? Name { get; set; }
    /// <summary>The team's Microsoft 365 group id.</summary>
    public string? AadGroupId { get; set; }
    /// <summary>Properties this type does not model, kept for the round trip.</summary>
    [JsonExtensionData] public Dictionary<string, JsonElement>? Properties { get; set; }
}
