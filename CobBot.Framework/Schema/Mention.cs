namespace CobBot.Framework.Schema;

/// <summary>A <c>mention</c> entity: who was mentioned and the markup that mentions them.</summary>
public sealed class Mention : Entity
{
    /// <summary>Creates a mention entity.</summary>
    public Mention() => Type = "mention";

    /// <summary>The mentioned account.</summary>
    public ChannelAccount? Mentioned { get; set; }
    /// <summary>The markup in the activity text, e.g. <c>&lt;at&gt;Care Bot&lt;/at&gt;</c>.</summary>
    public string? Text { get; set; }
}
