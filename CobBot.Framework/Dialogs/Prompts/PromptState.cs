namespace CobBot.Framework.Dialogs;

/// <summary>The persisted state of a waiting prompt.</summary>
internal sealed class PromptState
{
    /// <summary>The key the state is kept under in <see cref="DialogInstance.State"/>.</summary>
    public const string Key = "prompt";

    /// <summary>The options the prompt was started with.</summary>
    public required PromptOptions Options { get; init; }

    /// <summary>Replies received so far.</summary>
    public int AttemptCount { get; set; }
}
