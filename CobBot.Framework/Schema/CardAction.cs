using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace CobBot.Framework.Schema;

/// <summary>A clickable action (suggested action or hero-card button).</summary>
public sealed class CardAction
{
    /// <summary>Creates an empty action.</summary>
    public CardAction() { }

    /// <summary>Creates an action of a type with a title and value.</summary>
    public CardAction(string type, string title, JsonNode? value = null) => (Type, Title, Value) = (type, title, value);

    /// <summary>One of <see cref="ActionTypes"/>.</summary>
    public string? Type { get; set; }
    /// <summary>Button text.</summary>
    public string? Title { get; set; }
    /// <summary>Image URL shown on the button.</summary>
    public string? Image { get; set; }
    /// <summary>Alternate text for the image.</summary>
    public string? ImageAltText { get; set; }
    /// <summary>Text sent to the bot (messageBack).</summary>
    public string? Text { get; set; }
    /// <summary>Text shown in the transcript (messageBack).</summary>
    public string? DisplayText { get; set; }
    /// <summary>Value sent with the action.</summary>
    public JsonNode? Value { get; set; }
    /// <summary>Channel-specific data.</summary>
    public JsonNode? ChannelData { get; set; }
    /// <summary>Properties this type does not model, kept for the round trip.</summary>
    [JsonExtensionData] public Dictionary<string, JsonElement>? Properties { get; set; }
}
