namespace CobBot.Framework.Schema;

/// <summary>Values of <see cref="Activity.TextFormat"/>.</summary>
public static class TextFormatTypes
{
    /// <summary>Plain text.</summary>
    public const string Plain = "plain";
    /// <summary>Markdown.</summary>
    public const string Markdown = "markdown";
    /// <summary>A subset of XML/HTML (Teams).</summary>
    public const string Xml = "xml";
}
