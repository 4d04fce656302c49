using System.Text.Json;
using System.Text.Json.Serialization;

namespace CobBot.Framework.Teams;

/// <summary>The team channel in Teams <c>channelData.channel</c>.</summary>
public sealed class ChannelInfo
{
    /// <summary>The channel id, e.g. <c>19:...@thread.tacv2</c>.</summary>
    public string? Id { get; set; }
    /// <summary>The channel name (sent on create and rename events).</summary>
    public string? Name { get; set; }
    /// <summary>Properties this type does not model, kept for the round trip.</summary>
    [JsonExtensionData] public Dictionary<string, JsonElement>? Properties { get; set; }
}
