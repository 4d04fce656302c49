namespace CobBot.Framework.Schema;

public sealed partial class Activity
{
    /// <summary>True when <see cref="Type"/> equals <paramref name="type"/> (ordinal).</summary>
    public bool IsType(string type) => string.Equals(Type, type, StringComparison.Ordinal);

    /// <summary>Creates a message activity with the given text.</summary>
    public static Activity CreateMessageActivity(string? text = null) =>
        new() { Type = ActivityTypes.Message, Text = text };

    /// <summary>
    /// Creates a reply: <c>from</c> = this recipient, <c>recipient</c> = this sender, same conversation,
    /// channel and service URL, <c>replyToId</c> = this id (left out for conversationUpdate on Direct Line/Web Chat,
    /// whose ids are not real messages).
    /// </summary>
    public Activity CreateReply(string? text = null)
    {
        var reply = CreateMessageActivity(text);
        reply.TextFormat = TextFormatTypes.Plain;
        reply.Locale = Locale;
        reply.ApplyConversationReference(GetConversationReference(), isIncoming: false);
        return reply;
    }

    /// <summary>Builds the reference needed to message this conversation later.</summary>
    public ConversationReference GetConversationReference()
    {
        var isSyntheticId = IsType(ActivityTypes.ConversationUpdate)
            && (ChannelId == Channels.Directline || ChannelId == Channels.Webchat);
        return new ConversationReference
        {
            ActivityId = isSyntheticId ? null : Id,
            User = From,
            Bot = Recipient,
            Conversation = Conversation,
            ChannelId = ChannelId,
            ServiceUrl = ServiceUrl,
            Locale = Locale,
        };
    }

    /// <summary>
    /// The conversation's key, <c>{channelId}/{conversationId}</c>: the adapter's turn lock and the app's per-conversation
    /// records use it.
    /// </summary>
    public string GetConversationKey()
    {
        var channelId = ChannelId ?? throw new InvalidOperationException("The activity has no channelId.");
        var conversationId = Conversation?.Id ?? throw new InvalidOperationException("The activity has no conversation.id.");
        return $"{channelId}/{conversationId}";
    }

    /// <summary>
    /// Addresses this activity using a conversation reference. Outgoing (<paramref name="isIncoming"/> false):
    /// from the bot to the user, replying to the reference's activity. Incoming: from the user to the bot.
    /// </summary>
    public Activity ApplyConversationReference(ConversationReference reference, bool isIncoming = false)
    {
        ChannelId = reference.ChannelId;
        ServiceUrl = reference.ServiceUrl;
        Conversation = reference.Conversation;
        Locale ??= reference.Locale;
        if (isIncoming)
        {
            From = reference.User;
            Recipient = reference.Bot;
            Id = reference.ActivityId ?? Id;
        }
        else
        {
            From = reference.Bot;
            Recipient = reference.User;
            ReplyToId = reference.ActivityId ?? ReplyToId;
        }
        return this;
    }

    /// <summary>Creates a trace activity (delivered to the Emulator only).</summary>
    public Activity CreateTrace(string name, System.Text.Json.Nodes.JsonNode? value = null, string? valueType = null, string? label = null)
    {
        var trace = new Activity { Type = ActivityTypes.Trace, Name = name, Label = label, ValueType = valueType, Value = value };
        return trace.ApplyConversationReference(GetConversationReference(), isIncoming: false);
    }
}
