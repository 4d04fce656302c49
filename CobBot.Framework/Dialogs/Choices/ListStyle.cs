using System.Text.Json.Serialization;

namespace CobBot.Framework.Dialogs.Choices;

/// <summary>How a prompt shows its choices.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ListStyle>))]
public enum ListStyle
{
    /// <summary>Don't show the choices; the prompt text lists them itself.</summary>
    None,

    /// <summary>Suggested actions where the channel supports them, else inline text for a few short choices, else a list.</summary>
    Auto,

    /// <summary>Appended to the text: "(1) Red, (2) Green, or (3) Blue".</summary>
    Inline,

    /// <summary>A numbered list under the text.</summary>
    List,

    /// <summary>Quick-reply buttons (suggested actions).</summary>
    SuggestedAction,
}
