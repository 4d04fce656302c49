using System.Text.Json.Serialization;
using CobBot.Framework.Dialogs.Choices;
using CobBot.Framework.Schema;

namespace CobBot.Framework.Dialogs;

/// <summary>What a prompt says and offers. Persisted with the dialog state while the prompt waits.</summary>
public sealed class PromptOptions
{
    /// <summary>The question.</summary>
    public Activity? Prompt { get; set; }

    /// <summary>Sent instead of <see cref="Prompt"/> when a reply is not accepted; when null the prompt is repeated.</summary>
    public Activity? RetryPrompt { get; set; }

    /// <summary>The choices of a <see cref="ChoicePrompt"/>.</summary>
    public IList<Choice>? Choices { get; set; }

    /// <summary>How choices are shown; overrides the prompt's own style.</summary>
    public ListStyle? Style { get; set; }

    /// <summary>Extra data for the validator (e.g. a range); JSON-shaped (<see cref="DialogValues"/>, long, …) after a reload.</summary>
    [JsonConverter(typeof(ObjectValueJsonConverter))]
    public object? Validations { get; set; }
}
