namespace CobBot.Framework.Schema;

/// <summary>A highlighted fragment of another activity's text (suggestion activities).</summary>
public sealed class TextHighlight
{
    /// <summary>The highlighted text.</summary>
    public string? Text { get; set; }
    /// <summary>Which occurrence of the text is meant.</summary>
    public int? Occurrence { get; set; }
}
