namespace CobBot.Framework.DirectLine.EntityFramework;

/// <summary>A row of <c>DirectLineActivities</c>: one activity of a conversation log.</summary>
public sealed class DirectLineActivityRow
{
    /// <summary>The conversation (first part of the primary key).</summary>
    public required string ConversationId { get; set; }
    /// <summary>The activity's number in the log, i.e. its watermark (second part of the primary key).</summary>
    public long Sequence { get; set; }
    /// <summary>The activity id, stable across updates.</summary>
    public required string ActivityId { get; set; }
    /// <summary>The activity as JSON.</summary>
    public required string Document { get; set; }
}
