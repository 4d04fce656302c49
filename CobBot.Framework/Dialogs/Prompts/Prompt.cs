using CobBot.Framework.Builder;
using CobBot.Framework.Dialogs.Choices;
using CobBot.Framework.Schema;

namespace CobBot.Framework.Dialogs;

/// <summary>
/// The base of all prompts: asks (<see cref="OnPromptAsync"/>), recognises the reply (<see cref="OnRecognizeAsync"/>),
/// runs the optional validator, then ends with the value or asks again. Non-message activities are ignored.
/// </summary>
/// <remarks>
/// The validator runs even when recognition failed, so it can tailor the retry; without one, a recognised value is
/// accepted. On a rejected reply the prompt re-asks with <see cref="PromptOptions.RetryPrompt"/> (else the prompt),
/// unless the validator already replied this turn.
/// </remarks>
public abstract class Prompt<T> : Dialog
{
    private readonly PromptValidator<T>? _validator;

    /// <summary>Creates a prompt with an optional validator.</summary>
    protected Prompt(string dialogId, PromptValidator<T>? validator = null)
        : base(dialogId) => _validator = validator;

    /// <summary>Sends the prompt and waits. <paramref name="options"/> must be <see cref="PromptOptions"/>.</summary>
    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        var promptOptions = options as PromptOptions
            ?? throw new ArgumentException($"Prompt '{Id}' must be started with {nameof(PromptOptions)}.", nameof(options));
        dc.ActiveDialog!.State[PromptState.Key] = new PromptState { Options = promptOptions };
        await OnPromptAsync(dc.Context, promptOptions, isRetry: false, cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    /// <inheritdoc/>
    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        if (!dc.Context.Activity.IsType(ActivityTypes.Message)) return EndOfTurn;

        var state = GetState(dc.ActiveDialog!);
        var recognized = await OnRecognizeAsync(dc.Context, state.Options, cancellationToken).ConfigureAwait(false);
        state.AttemptCount++;
        var isValid = _validator is null
            ? recognized.Succeeded
            : await _validator(new PromptValidatorContext<T>(dc.Context, recognized, state.Options, state.AttemptCount), cancellationToken).ConfigureAwait(false);
        if (isValid) return await dc.EndDialogAsync(recognized.Value, cancellationToken).ConfigureAwait(false);

        if (!dc.Context.Responded) await OnPromptAsync(dc.Context, state.Options, isRetry: true, cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    /// <summary>A dialog started on top of the prompt ended: ask again and keep waiting.</summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        await RepromptDialogAsync(dc.Context, dc.ActiveDialog!, cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    /// <inheritdoc/>
    public override Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default) =>
        OnPromptAsync(turnContext, GetState(instance).Options, isRetry: false, cancellationToken);

    /// <summary>Sends the question; the default sends <see cref="PromptActivity"/> when there is one.</summary>
    protected virtual Task OnPromptAsync(ITurnContext turnContext, PromptOptions options, bool isRetry, CancellationToken cancellationToken = default) =>
        PromptActivity(options, isRetry) is { } activity ? turnContext.SendActivityAsync(activity, cancellationToken) : Task.CompletedTask;

    /// <summary>Recognises the value in the user's reply.</summary>
    protected abstract Task<PromptRecognizerResult<T>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken = default);

    /// <summary>
    /// A copy (the persisted options stay untouched) of <see cref="PromptOptions.RetryPrompt"/> on a retry when set,
    /// else of <see cref="PromptOptions.Prompt"/>; null when neither is set. A question expects input, so a missing
    /// or <c>acceptingInput</c> hint becomes <c>expectingInput</c> (an explicit <c>ignoringInput</c> is kept).
    /// </summary>
    protected static Activity? PromptActivity(PromptOptions options, bool isRetry)
    {
        ArgumentNullException.ThrowIfNull(options);
        var source = isRetry && options.RetryPrompt is not null ? options.RetryPrompt : options.Prompt;
        if (source is null) return null;
        var copy = BotJson.Deserialize(BotJson.Serialize(source))!;
        if (copy.InputHint is null or InputHints.AcceptingInput) copy.InputHint = InputHints.ExpectingInput;
        return copy;
    }

    /// <summary>Adds <paramref name="choices"/> to <paramref name="prompt"/> in <paramref name="style"/> (see <see cref="ChoiceFactory.Render"/>).</summary>
    protected static Activity AppendChoices(Activity prompt, string? channelId, IReadOnlyList<Choice> choices, ListStyle style)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        var rendered = ChoiceFactory.Render(style, channelId, choices, prompt.Text);
        prompt.Text = rendered.Text;
        prompt.SuggestedActions = rendered.SuggestedActions ?? prompt.SuggestedActions;
        return prompt;
    }

    private static PromptState GetState(DialogInstance instance) =>
        instance.State.Get<PromptState>(PromptState.Key)
        ?? throw new InvalidOperationException($"Dialog '{instance.Id}' has no prompt state.");
}
