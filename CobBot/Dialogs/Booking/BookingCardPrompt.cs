using CobBot.Cards;
using CobBot.Conversation;
using CobBot.Framework.Builder;
using CobBot.Framework.Dialogs;
using CobBot.Framework.Dialogs.Choices;
using CobBot.Framework.Schema;

namespace CobBot.Dialogs.Booking;

/// <summary>
/// Shows the booking summary card and waits for Confirm, Change or Cancel — pressed as Action.Submit (a message with
/// <c>value</c>), as Teams' Action.Execute (an <c>adaptiveCard/action</c> invoke, which a prompt built on
/// <see cref="Prompt{T}"/> would ignore), or typed: the button names, "yes" (confirm) or "no" ("no, that's not right"
/// means something needs changing). Presses on any other card (an older summary, shown before a change) are not accepted. Start it with
/// <see cref="PromptOptions"/>: the card as <see cref="PromptOptions.Prompt"/>, the text to say when the reply is not
/// understood as <see cref="PromptOptions.RetryPrompt"/>, and the card's id as <see cref="PromptOptions.Validations"/>.
/// </summary>
public sealed class BookingCardPrompt(string dialogId) : Dialog(dialogId)
{
    private const string OptionsKey = "options";

    private static readonly IReadOnlyList<Choice> Actions =
    [
        new(BookingCards.Confirm) { Synonyms = ["book it", "book", "looks right"] },
        new(BookingCards.Change) { Synonyms = ["edit", "modify", "fix", "update"] },
        new(BookingCards.Cancel) { Synonyms = ["don't book", "do not book"] },
    ];

    /// <inheritdoc />
    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var promptOptions = options as PromptOptions is { Prompt: not null, Validations: not null } valid ? valid
            : throw new ArgumentException($"'{Id}' needs {nameof(PromptOptions)} with the card as Prompt and its id as Validations.", nameof(options));
        dc.ActiveDialog!.State[OptionsKey] = promptOptions;
        await dc.Context.SendActivityAsync(Copy(promptOptions.Prompt!), cancellationToken);
        return EndOfTurn;
    }

    /// <inheritdoc />
    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var activity = dc.Context.Activity;
        var options = Options(dc.ActiveDialog!);
        var answer = CardSubmission.Read(activity) is { } submission ? Pressed(submission, options)
            : activity.IsType(ActivityTypes.Message) ? Typed(activity.Text)
            : null;
        if (answer is not null) return await dc.EndDialogAsync(answer, cancellationToken);

        if (activity.IsType(ActivityTypes.Invoke))
            CardReplies.Answer(dc.Context, AdaptiveCardInvokeResponse.Message(CardActionTurn.NoLongerActiveText));
        else if (activity.IsType(ActivityTypes.Message) && options.RetryPrompt is { } retry)
            await dc.Context.SendActivityAsync(Copy(retry), cancellationToken);
        return EndOfTurn;
    }

    /// <summary>A dialog started on top ended (e.g. help): show the card again and keep waiting.</summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        await RepromptDialogAsync(dc.Context, dc.ActiveDialog!, cancellationToken);
        return EndOfTurn;
    }

    /// <inheritdoc />
    public override Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.SendActivityAsync(Copy(Options(instance).Prompt!), cancellationToken);
    }

    /// <summary>A copy to send, so the persisted options are not addressed to this turn; it expects an answer.</summary>
    private static Activity Copy(Activity activity)
    {
        var copy = BotJson.Deserialize(BotJson.Serialize(activity))!;
        copy.InputHint = InputHints.ExpectingInput;
        return copy;
    }

    private static PromptOptions Options(DialogInstance instance) =>
        instance.State.Get<PromptOptions>(OptionsKey) ?? throw new InvalidOperationException($"Dialog '{instance.Id}' has no options.");

    private static CardAnswer? Pressed(CardSubmission submission, PromptOptions options) =>
        submission is { Kind: BookingCards.SubmitKind, CardId: { } id }
        && id.ToString("D") == options.Validations?.ToString()
        && Actions.Any(a => a.Value == submission.Action)
            ? new CardAnswer(submission.Action, submission)
            : null;

    private static CardAnswer? Typed(string? text)
    {
        if (ChoiceRecognizer.Recognize(text, Actions) is { } choice) return new CardAnswer(choice.Value, null);
        return ConfirmRecognizer.Recognize(text) switch
        {
            true => new CardAnswer(BookingCards.Confirm, null),
            false => new CardAnswer(BookingCards.Change, null),
            null => null,
        };
    }
}
