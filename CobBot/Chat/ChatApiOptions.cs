namespace CobBot.Chat;

/// <summary>Settings of the <c>Chat</c> configuration section (the REST chat API).</summary>
public sealed class ChatApiOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Chat";

    /// <summary>The <c>channelId</c> of REST chat turns; their state is keyed <c>{ChannelId}/{session_id}</c>.</summary>
    public string ChannelId { get; set; } = "api";

    /// <summary>The longest message accepted, in characters.</summary>
    public int MaxMessageLength { get; set; } = 2000;

    /// <summary>Requests allowed per client address per minute; more get 429.</summary>
    public int PermitsPerMinute { get; set; } = 60;
}
