using System.Text.Json;
using System.Text.Json.Serialization;

namespace CobBot.Framework.Teams;

/// <summary>The Microsoft 365 tenant in Teams <c>channelData.tenant</c>.</summary>
public sealed class TenantInfo
{
    /// <summary>The tenant id.</summary>
    public string? Id { get; set; }
    /// <summary>Properties this type does not model, kept for the round trip.</summary>
    [JsonExtensionData] public Dictionary<string, JsonElement>? Properties { get; set; }
}
