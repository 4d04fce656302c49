using CobBot.Framework.Builder;
using CobBot.Framework.Dialogs.Choices;
using CobBot.Framework.Schema;

namespace CobBot.Framework.Dialogs;

/// <summary>Asks a yes/no question, offering Yes and No (as buttons where the channel supports them).</summary>
/// <remarks>Recognises yes/no words and phrases (<see cref="ConfirmRecognizer"/>), then the offered choices by title or number.</remarks>
public sealed class ConfirmPrompt(string dialogId, PromptValidator<bool>? validator = null) : Prompt<bool>(dialogId, validator)
{
    private static readonly IReadOnlyList<Choice> YesNo = [new("Yes"), new("No")];

    /// <summary>How Yes/No are shown unless <see cref="PromptOptions.Style"/> says otherwise.</summary>
    public ListStyle Style { get; set; } = ListStyle.Auto;

    /// <inheritdoc/>
    protected override Task OnPromptAsync(ITurnContext turnContext, PromptOptions options, bool isRetry, CancellationToken cancellationToken = default)
    {
        var activity = PromptActivity(options, isRetry) ?? MessageFactory.Text(string.Empty, inputHint: InputHints.ExpectingInput);
        return turnContext.SendActivityAsync(AppendChoices(activity, turnContext.Activity.ChannelId, YesNo, options.Style ?? Style), cancellationToken);
    }

    /// <inheritdoc/>
    protected override Task<PromptRecognizerResult<bool>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken = default)
    {
        foreach (var text in PromptInput.Texts(turnContext.Activity))
        {
            if (Recognize(text) is { } confirmed) return Task.FromResult(new PromptRecognizerResult<bool>(true, confirmed));
        }
        return Task.FromResult(new PromptRecognizerResult<bool>(false));
    }

    private static bool? Recognize(string text) =>
        ConfirmRecognizer.Recognize(text) ?? (ChoiceRecognizer.Recognize(text, YesNo) is { } choice ? choice.Index == 0 : null);
}
