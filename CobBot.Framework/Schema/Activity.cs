using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace CobBot.Framework.Schema;

/// <summary>
/// A Bot Framework activity: the one message shape exchanged between channels and bots.
/// Serialised camelCase with nulls omitted (see <see cref="BotJson"/>); properties this type does
/// not model are kept in <see cref="Properties"/> and written back unchanged.
/// </summary>
public sealed partial class Activity
{
    /// <summary>The activity type; one of <see cref="ActivityTypes"/>.</summary>
    public string? Type { get; set; }
    /// <summary>The id the channel assigned; never set on outgoing activities.</summary>
    public string? Id { get; set; }
    /// <summary>When the channel recorded the activity (UTC).</summary>
    public DateTimeOffset? Timestamp { get; set; }
    /// <summary>The sender's local time, with its offset.</summary>
    public DateTimeOffset? LocalTimestamp { get; set; }
    /// <summary>The sender's IANA time zone.</summary>
    public string? LocalTimezone { get; set; }
    /// <summary>The Connector base URL for replies.</summary>
    public string? ServiceUrl { get; set; }
    /// <summary>The channel, e.g. <c>msteams</c>; see <see cref="Channels"/>.</summary>
    public string? ChannelId { get; set; }
    /// <summary>The sender.</summary>
    public ChannelAccount? From { get; set; }
    /// <summary>The conversation.</summary>
    public ConversationAccount? Conversation { get; set; }
    /// <summary>The addressee; inbound, the bot itself.</summary>
    public ChannelAccount? Recipient { get; set; }
    /// <summary>The activity this one replies to.</summary>
    public string? ReplyToId { get; set; }
    /// <summary>Who called the bot, filled from the validated token; never trusted from the wire.</summary>
    public string? CallerId { get; set; }
    /// <summary>One of <see cref="DeliveryModes"/>.</summary>
    public string? DeliveryMode { get; set; }
    /// <summary>After this time the activity should not be shown.</summary>
    public DateTimeOffset? Expiration { get; set; }
    /// <summary><c>low</c>, <c>normal</c> or <c>high</c>.</summary>
    public string? Importance { get; set; }
    /// <summary>The BCP-47 locale of <see cref="Text"/>.</summary>
    public string? Locale { get; set; }
    /// <summary>Metadata entities such as mentions.</summary>
    public IList<Entity>? Entities { get; set; }
    /// <summary>Channel-specific payload, kept as sent.</summary>
    public JsonNode? ChannelData { get; set; }
    /// <summary>A reference to another conversation (handoff, traces).</summary>
    public ConversationReference? RelatesTo { get; set; }

    /// <summary>Message text.</summary>
    public string? Text { get; set; }
    /// <summary>One of <see cref="TextFormatTypes"/>.</summary>
    public string? TextFormat { get; set; }
    /// <summary>Spoken text or SSML.</summary>
    public string? Speak { get; set; }
    /// <summary>One of <see cref="InputHints"/>.</summary>
    public string? InputHint { get; set; }
    /// <summary>Fallback text for channels that cannot render attachments.</summary>
    public string? Summary { get; set; }
    /// <summary>Cards and files.</summary>
    public IList<Attachment>? Attachments { get; set; }
    /// <summary><c>list</c> or <c>carousel</c>.</summary>
    public string? AttachmentLayout { get; set; }
    /// <summary>Quick-reply buttons.</summary>
    public SuggestedActions? SuggestedActions { get; set; }
    /// <summary>Highlighted fragments (suggestion activities).</summary>
    public IList<TextHighlight>? TextHighlights { get; set; }
    /// <summary>Speech priming phrases.</summary>
    public IList<string>? ListenFor { get; set; }
    /// <summary>A programmatic action alongside the content.</summary>
    public SemanticAction? SemanticAction { get; set; }

    /// <summary>Operation name for event, invoke, trace and command activities.</summary>
    public string? Name { get; set; }
    /// <summary>Programmatic payload; its meaning depends on <see cref="Type"/> and <see cref="Name"/>.</summary>
    public JsonNode? Value { get; set; }
    /// <summary>Names the shape of <see cref="Value"/>.</summary>
    public string? ValueType { get; set; }
    /// <summary>Descriptive label (trace).</summary>
    public string? Label { get; set; }

    /// <summary>Members added (conversationUpdate).</summary>
    public IList<ChannelAccount>? MembersAdded { get; set; }
    /// <summary>Members removed (conversationUpdate).</summary>
    public IList<ChannelAccount>? MembersRemoved { get; set; }
    /// <summary>Conversation topic (conversationUpdate).</summary>
    public string? TopicName { get; set; }
    /// <summary>Deprecated: whether history was disclosed (conversationUpdate).</summary>
    public bool? HistoryDisclosed { get; set; }
    /// <summary><c>add</c>, <c>remove</c> and the Teams upgrade variants (installationUpdate, contactRelationUpdate).</summary>
    public string? Action { get; set; }
    /// <summary>Reactions added (messageReaction).</summary>
    public IList<MessageReaction>? ReactionsAdded { get; set; }
    /// <summary>Reactions removed (messageReaction).</summary>
    public IList<MessageReaction>? ReactionsRemoved { get; set; }
    /// <summary>End-of-conversation code; see <see cref="EndOfConversationCodes"/>.</summary>
    public string? Code { get; set; }

    /// <summary>Properties this type does not model, kept for the round trip.</summary>
    [JsonExtensionData] public Dictionary<string, JsonElement>? Properties { get; set; }
}
