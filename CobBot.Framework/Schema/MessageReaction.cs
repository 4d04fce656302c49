namespace CobBot.Framework.Schema;

/// <summary>A reaction on a message, e.g. <c>like</c>.</summary>
public sealed class MessageReaction
{
    /// <summary>The reaction type.</summary>
    public string? Type { get; set; }
}
