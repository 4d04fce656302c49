namespace CobBot.Framework.Dialogs;

/// <summary>Decides whether a prompt accepts the reply; returning false re-prompts (with the retry prompt when set).</summary>
public delegate Task<bool> PromptValidator<T>(PromptValidatorContext<T> promptContext, CancellationToken cancellationToken);
