using CobBot.Framework.Builder;

namespace CobBot.Framework.Dialogs;

/// <summary>
/// The dialog stack of one turn and the operations on it. Inside a <see cref="ComponentDialog"/>,
/// <see cref="Parent"/> is the context the component runs in, so dialog lookups and
/// <see cref="CancelAllDialogsAsync(bool, CancellationToken)"/> can reach outer dialogs.
/// </summary>
public class DialogContext
{
    private readonly DialogState _state;

    /// <summary>Creates a context over a dialog stack.</summary>
    public DialogContext(DialogSet dialogs, ITurnContext turnContext, DialogState state)
    {
        Dialogs = dialogs ?? throw new ArgumentNullException(nameof(dialogs));
        Context = turnContext ?? throw new ArgumentNullException(nameof(turnContext));
        _state = state ?? throw new ArgumentNullException(nameof(state));
    }

    /// <summary>The dialogs that can be started from this context.</summary>
    public DialogSet Dialogs { get; }

    /// <summary>The turn.</summary>
    public ITurnContext Context { get; }

    /// <summary>The running dialogs; the active one is first.</summary>
    public List<DialogInstance> Stack => _state.DialogStack;

    /// <summary>The dialog on top of the stack, or null when the stack is empty.</summary>
    public DialogInstance? ActiveDialog => Stack.Count > 0 ? Stack[0] : null;

    /// <summary>The context of the component dialog this context belongs to; null at the root.</summary>
    public DialogContext? Parent { get; init; }

    /// <summary>Finds a dialog in this context's set, then in the parents' sets.</summary>
    public Dialog? FindDialog(string dialogId) => Dialogs.Find(dialogId) ?? Parent?.FindDialog(dialogId);

    /// <summary>Pushes a dialog onto the stack and starts it.</summary>
    public async Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        var dialog = FindDialogOrThrow(dialogId);
        Stack.Insert(0, new DialogInstance { Id = dialogId });
        return await dialog.BeginDialogAsync(this, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Starts a prompt (a dialog that takes <see cref="PromptOptions"/>).</summary>
    public Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken = default) =>
        BeginDialogAsync(dialogId, options ?? throw new ArgumentNullException(nameof(options)), cancellationToken);

    /// <summary>Passes the turn to the active dialog; <see cref="DialogTurnStatus.Empty"/> when there is none.</summary>
    public async Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken = default)
    {
        if (ActiveDialog is not { } instance) return new DialogTurnResult(DialogTurnStatus.Empty);
        var dialog = FindDialogOrThrow(instance.Id);
        return await dialog.ContinueDialogAsync(this, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Ends the active dialog and resumes the one below it with <paramref name="result"/>; when none is left,
    /// returns <see cref="DialogTurnStatus.Complete"/> with the result.
    /// </summary>
    public async Task<DialogTurnResult> EndDialogAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        await EndActiveDialogAsync(DialogReason.EndCalled, cancellationToken).ConfigureAwait(false);
        if (ActiveDialog is not { } instance) return new DialogTurnResult(DialogTurnStatus.Complete, result);
        var dialog = FindDialogOrThrow(instance.Id);
        return await dialog.ResumeDialogAsync(this, DialogReason.EndCalled, result, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Ends the active dialog and starts another in its place (the dialog below is not resumed).</summary>
    public async Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        await EndActiveDialogAsync(DialogReason.ReplaceCalled, cancellationToken).ConfigureAwait(false);
        return await BeginDialogAsync(dialogId, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Cancels every dialog on this context's stack.</summary>
    public Task<DialogTurnResult> CancelAllDialogsAsync(CancellationToken cancellationToken = default) =>
        CancelAllDialogsAsync(cancelParents: false, cancellationToken);

    /// <summary>
    /// Cancels every dialog on this context's stack and, when <paramref name="cancelParents"/>, on every parent's
    /// stack up to the root, so the whole conversation's dialogs end. Returns <see cref="DialogTurnStatus.Cancelled"/>,
    /// or <see cref="DialogTurnStatus.Empty"/> when there was nothing to cancel.
    /// </summary>
    public async Task<DialogTurnResult> CancelAllDialogsAsync(bool cancelParents, CancellationToken cancellationToken = default)
    {
        var cancelled = false;
        for (var dc = this; dc is not null; dc = cancelParents ? dc.Parent : null)
        {
            while (dc.Stack.Count > 0)
            {
                await dc.EndActiveDialogAsync(DialogReason.CancelCalled, cancellationToken).ConfigureAwait(false);
                cancelled = true;
            }
        }
        return new DialogTurnResult(cancelled ? DialogTurnStatus.Cancelled : DialogTurnStatus.Empty);
    }

    /// <summary>Asks the active dialog to prompt the user again.</summary>
    public async Task RepromptDialogAsync(CancellationToken cancellationToken = default)
    {
        if (ActiveDialog is not { } instance) return;
        var dialog = FindDialogOrThrow(instance.Id);
        await dialog.RepromptDialogAsync(Context, instance, cancellationToken).ConfigureAwait(false);
    }

    private async Task EndActiveDialogAsync(DialogReason reason, CancellationToken cancellationToken)
    {
        if (ActiveDialog is not { } instance) return;
        if (FindDialog(instance.Id) is { } dialog)
            await dialog.EndDialogAsync(Context, instance, reason, cancellationToken).ConfigureAwait(false);
        Stack.Remove(instance);
    }

    private Dialog FindDialogOrThrow(string dialogId) =>
        FindDialog(dialogId) ?? throw new InvalidOperationException(
            $"Dialog '{dialogId}' was not found. Add it to the DialogSet or ComponentDialog that starts it.");
}
