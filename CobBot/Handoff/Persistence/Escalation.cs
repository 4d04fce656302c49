namespace CobBot.Handoff.Persistence;

/// <summary>
/// A conversation handed to a person. Only <see cref="Summary"/> is shown in queue views and it is PHI-redacted;
/// what was said is in the <see cref="ConversationMessage"/> transcript, readable by the assigned agent.
/// </summary>
public sealed class Escalation
{
    /// <summary>The <see cref="AssignedAgent"/> of conversations a channel-side agent hub accepted (<c>handoff.status</c>).</summary>
    public const string HubAgent = "handoff-hub";

    /// <summary>Database id; also the queue's tie-breaker (earlier first).</summary>
    public int Id { get; set; }

    /// <summary>The conversation, <c>{channelId}/{conversationId}</c> (see <see cref="ConversationKeys"/>).</summary>
    public required string ConversationKey { get; set; }

    /// <summary>The channel the customer is on, e.g. <c>msteams</c>, <c>directline</c>.</summary>
    public required string ChannelId { get; set; }

    /// <summary>Why the conversation was escalated.</summary>
    public EscalationReason Reason { get; set; }

    /// <summary>For business topics, the topic label.</summary>
    public string? Topic { get; set; }

    /// <summary>The agent skill to route to.</summary>
    public required string Skill { get; set; }

    /// <summary>Served highest first.</summary>
    public EscalationPriority Priority { get; set; }

    /// <summary>Where it stands.</summary>
    public EscalationStatus Status { get; set; }

    /// <summary>The customer's ConversationReference (Bot Framework JSON), refreshed on every relayed message.</summary>
    public required string ConversationReferenceJson { get; set; }

    /// <summary>Reason plus the customer's last messages, PHI-redacted.</summary>
    public required string Summary { get; set; }

    /// <summary>The agent's username once claimed (or <see cref="HubAgent"/> when the channel's hub accepted it).</summary>
    public string? AssignedAgent { get; set; }

    /// <summary>When the escalation was raised.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When an agent claimed it.</summary>
    public DateTimeOffset? ClaimedAt { get; set; }

    /// <summary>When it was resolved or cancelled.</summary>
    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>True from resolution until the customer's next message, which is read as a 1–5 rating.</summary>
    public bool AwaitingRating { get; set; }

    /// <summary>The customer's satisfaction rating, 1–5.</summary>
    public int? SatisfactionRating { get; set; }

    /// <summary>When the rating was given.</summary>
    public DateTimeOffset? RatedAt { get; set; }

    /// <summary>The callback ticket requested outside support hours, if any.</summary>
    public CallbackRequest? Callback { get; set; }
}
