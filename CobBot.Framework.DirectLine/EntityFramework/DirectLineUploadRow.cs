namespace CobBot.Framework.DirectLine.EntityFramework;

/// <summary>A row of <c>DirectLineUploads</c>.</summary>
public sealed class DirectLineUploadRow
{
    /// <summary>The random id in the content URL (primary key).</summary>
    public required string Id { get; set; }
    /// <summary>The conversation it belongs to.</summary>
    public required string ConversationId { get; set; }
    /// <summary>The declared MIME type.</summary>
    public required string ContentType { get; set; }
    /// <summary>The file name.</summary>
    public string? Name { get; set; }
    /// <summary>The bytes.</summary>
    public required byte[] Content { get; set; }
    /// <summary>When it was uploaded.</summary>
    public DateTimeOffset CreatedAt { get; set; }
}
