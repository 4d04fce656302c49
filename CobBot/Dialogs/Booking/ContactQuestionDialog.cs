using CobBot.Framework.Dialogs;

namespace CobBot.Dialogs.Booking;

/// <summary>
/// Asks for one contact detail (a name, an email address, a phone number) unless it is already known: the detail is
/// read with the <see cref="ContactInput"/> reader the dialog was made with, and asked again until it can be. Begin it
/// with a <see cref="ContactQuestion"/>; it ends with the read value (trimmed, an email as typed, a phone as E.164).
/// </summary>
public sealed class ContactQuestionDialog : ComponentDialog
{
    private readonly Func<string?, string?> _read;
    private readonly string _flowId;
    private readonly string _promptId;

    /// <summary>Creates the dialog with id <paramref name="dialogId"/>, reading answers with <paramref name="read"/> (null: not readable).</summary>
    public ContactQuestionDialog(string dialogId, Func<string?, string?> read)
        : base(dialogId)
    {
        _read = read;
        _flowId = dialogId + ".flow";
        _promptId = dialogId + ".prompt";
        AddDialog(new WaterfallDialog(_flowId, [AskStepAsync, ReadStepAsync]));
        AddDialog(new TextPrompt(_promptId, (prompt, _) => Task.FromResult(_read(prompt.Recognized.Value) is not null)));
        InitialDialogId = _flowId;
    }

    private async Task<DialogTurnResult> AskStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var question = step.GetOptions<ContactQuestion>()
            ?? throw new InvalidOperationException($"{nameof(ContactQuestionDialog)} runs without {nameof(ContactQuestion)}.");
        if (_read(question.Known) is { } known) return await step.EndDialogAsync(known, cancellationToken);
        return await step.PromptAsync(_promptId, Questions.Ask(question.Question, question.Retry), cancellationToken);
    }

    private Task<DialogTurnResult> ReadStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.EndDialogAsync(_read(step.Result as string), cancellationToken);
}
