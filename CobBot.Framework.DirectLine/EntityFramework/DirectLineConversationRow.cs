namespace CobBot.Framework.DirectLine.EntityFramework;

/// <summary>A row of <c>DirectLineConversations</c>.</summary>
public sealed class DirectLineConversationRow
{
    /// <summary>The conversation id (primary key).</summary>
    public required string Id { get; set; }
    /// <summary>The user id, once known.</summary>
    public string? UserId { get; set; }
    /// <summary>The user's display name.</summary>
    public string? UserName { get; set; }
    /// <summary>The Connector base stamped on activities to the bot.</summary>
    public required string ServiceUrl { get; set; }
    /// <summary>The number of the last activity appended (the next one gets this plus one).</summary>
    public long LastSequence { get; set; }
    /// <summary>When the conversation started.</summary>
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>When an activity was last appended or replaced; null before the first.</summary>
    public DateTimeOffset? LastActivityAt { get; set; }
}
