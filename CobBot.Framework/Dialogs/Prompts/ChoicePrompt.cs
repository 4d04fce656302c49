using CobBot.Framework.Builder;
using CobBot.Framework.Dialogs.Choices;
using CobBot.Framework.Schema;

namespace CobBot.Framework.Dialogs;

/// <summary>Asks the user to pick one of <see cref="PromptOptions.Choices"/>; the result is a <see cref="FoundChoice"/>.</summary>
/// <remarks>
/// Accepts a choice's title or synonym, its number or position, a reply that contains it (<see cref="ChoiceRecognizer"/>),
/// and a value submitted by a card or button.
/// </remarks>
public sealed class ChoicePrompt(string dialogId, PromptValidator<FoundChoice>? validator = null) : Prompt<FoundChoice>(dialogId, validator)
{
    /// <summary>How the choices are shown unless <see cref="PromptOptions.Style"/> says otherwise.</summary>
    public ListStyle Style { get; set; } = ListStyle.Auto;

    /// <summary>Starts the prompt; <paramref name="options"/> must be <see cref="PromptOptions"/> with at least one choice.</summary>
    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        if (options is not PromptOptions { Choices.Count: > 0 })
            throw new ArgumentException($"Choice prompt '{Id}' needs {nameof(PromptOptions)} with at least one choice.", nameof(options));
        return base.BeginDialogAsync(dc, options, cancellationToken);
    }

    /// <inheritdoc/>
    protected override Task OnPromptAsync(ITurnContext turnContext, PromptOptions options, bool isRetry, CancellationToken cancellationToken = default)
    {
        var activity = PromptActivity(options, isRetry) ?? MessageFactory.Text(string.Empty, inputHint: InputHints.ExpectingInput);
        var choices = options.Choices!.ToList();
        return turnContext.SendActivityAsync(AppendChoices(activity, turnContext.Activity.ChannelId, choices, options.Style ?? Style), cancellationToken);
    }

    /// <inheritdoc/>
    protected override Task<PromptRecognizerResult<FoundChoice>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken = default)
    {
        var choices = options.Choices?.ToList() ?? [];
        foreach (var text in PromptInput.Texts(turnContext.Activity))
        {
            if (ChoiceRecognizer.Recognize(text, choices) is { } found) return Task.FromResult(new PromptRecognizerResult<FoundChoice>(true, found));
        }
        return Task.FromResult(new PromptRecognizerResult<FoundChoice>(false));
    }
}
