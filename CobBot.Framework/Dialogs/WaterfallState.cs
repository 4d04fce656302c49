using System.Text.Json.Serialization;

namespace CobBot.Framework.Dialogs;

/// <summary>The persisted state of a running <see cref="WaterfallDialog"/>.</summary>
internal sealed class WaterfallState
{
    /// <summary>The key the state is kept under in <see cref="DialogInstance.State"/>.</summary>
    public const string Key = "waterfall";

    /// <summary>The options the waterfall was started with; JSON-shaped after a reload.</summary>
    [JsonConverter(typeof(ObjectValueJsonConverter))]
    public object? Options { get; set; }

    /// <summary>Values the steps share.</summary>
    public DialogValues Values { get; init; } = [];

    /// <summary>The step that ran last.</summary>
    public int StepIndex { get; set; }
}
