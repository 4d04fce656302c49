using System.Text.Json;
using System.Text.Json.Serialization;

namespace CobBot.Framework.Teams;

/// <summary>The typed parts of a Teams activity's <c>channelData</c>; read it with <see cref="TeamsActivityExtensions.GetTeamsChannelData"/>.</summary>
public sealed class TeamsChannelData
{
    /// <summary>The tenant; always present on Teams activities.</summary>
    public TenantInfo? Tenant { get; set; }
    /// <summary>The team, in channel conversations.</summary>
    public TeamInfo? Team { get; set; }
    /// <summary>The channel, in channel conversations.</summary>
    public ChannelInfo? Channel { get; set; }
    /// <summary>What happened, on conversationUpdate and message edit events (e.g. <c>teamMemberAdded</c>, <c>channelRenamed</c>).</summary>
    public string? EventType { get; set; }
    /// <summary>Properties this type does not model (meeting, notification, …), kept for the round trip.</summary>
    [JsonExtensionData] public Dictionary<string, JsonElement>? Properties { get; set; }
}
