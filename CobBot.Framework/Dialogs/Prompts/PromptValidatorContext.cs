using CobBot.Framework.Builder;

namespace CobBot.Framework.Dialogs;

/// <summary>What a <see cref="PromptValidator{T}"/> decides on.</summary>
/// <param name="context">The turn.</param>
/// <param name="recognized">The recognition result; check <see cref="PromptRecognizerResult{T}.Succeeded"/> first.</param>
/// <param name="options">The prompt's options.</param>
/// <param name="attemptCount">How many replies the prompt has received, this one included (1 on the first reply).</param>
public sealed class PromptValidatorContext<T>(ITurnContext context, PromptRecognizerResult<T> recognized, PromptOptions options, int attemptCount)
{
    /// <summary>The turn.</summary>
    public ITurnContext Context { get; } = context;

    /// <summary>The recognition result; check <see cref="PromptRecognizerResult{T}.Succeeded"/> first.</summary>
    public PromptRecognizerResult<T> Recognized { get; } = recognized;

    /// <summary>The prompt's options.</summary>
    public PromptOptions Options { get; } = options;

    /// <summary>How many replies the prompt has received, this one included (1 on the first reply).</summary>
    public int AttemptCount { get; } = attemptCount;
}
