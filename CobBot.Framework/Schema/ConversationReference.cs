using System.Text.Json;
using System.Text.Json.Serialization;

namespace CobBot.Framework.Schema;

/// <summary>Everything needed to message a conversation later (proactively).</summary>
public sealed class ConversationReference
{
    /// <summary>The activity to reply to, if any.</summary>
    public string? ActivityId { get; set; }
    /// <summary>The user.</summary>
    public ChannelAccount? User { get; set; }
    /// <summary>The bot.</summary>
    public ChannelAccount? Bot { get; set; }
    /// <summary>The conversation.</summary>
    public ConversationAccount? Conversation { get; set; }
    /// <summary>The channel id.</summary>
    public string? ChannelId { get; set; }
    /// <summary>The channel's Connector base URL.</summary>
    public string? ServiceUrl { get; set; }
    /// <summary>The user's locale.</summary>
    public string? Locale { get; set; }
    /// <summary>Properties this type does not model, kept for the round trip.</summary>
    [JsonExtensionData] public Dictionary<string, JsonElement>? Properties { get; set; }
}
