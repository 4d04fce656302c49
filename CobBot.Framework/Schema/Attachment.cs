using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace CobBot.Framework.Schema;

/// <summary>A card or file carried by an activity.</summary>
public sealed class Attachment
{
    /// <summary>MIME type, e.g. <c>application/vnd.microsoft.card.adaptive</c>.</summary>
    public string? ContentType { get; set; }
    /// <summary>URL (or data URI) of the content, when not inline.</summary>
    public string? ContentUrl { get; set; }
    /// <summary>Inline content such as a card object.</summary>
    public JsonNode? Content { get; set; }
    /// <summary>Name of the attachment.</summary>
    public string? Name { get; set; }
    /// <summary>Thumbnail URL.</summary>
    public string? ThumbnailUrl { get; set; }
    /// <summary>Properties this type does not model, kept for the round trip.</summary>
    [JsonExtensionData] public Dictionary<string, JsonElement>? Properties { get; set; }
}
