namespace CobBot.Handoff.Persistence;

/// <summary>
/// One message of a conversation as the agent reads it: the real text (agents must read what the customer
/// wrote), so only agents and admins can read it, through the escalation API.
/// </summary>
public sealed class ConversationMessage
{
    /// <summary>Database id; the transcript's order.</summary>
    public long Id { get; set; }

    /// <summary>The conversation, <c>{channelId}/{conversationId}</c>.</summary>
    public required string ConversationKey { get; set; }

    /// <summary>Who wrote it.</summary>
    public TranscriptRole Role { get; set; }

    /// <summary>For <see cref="TranscriptRole.Agent"/>, the agent's username.</summary>
    public string? AgentName { get; set; }

    /// <summary>The text (or a description of a card without text).</summary>
    public required string Text { get; set; }

    /// <summary>When it was recorded.</summary>
    public DateTimeOffset Timestamp { get; set; }
}
