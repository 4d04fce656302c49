using CobBot.Framework.Builder;

namespace CobBot.Framework.Dialogs;

/// <summary>
/// A dialog made of other dialogs, with its own inner stack hidden from its parent. Override
/// <see cref="OnBeginDialogAsync"/> / <see cref="OnContinueDialogAsync"/> to handle interruptions such as
/// "help" and "cancel" for every dialog inside the component.
/// </summary>
/// <remarks>
/// When the inner stack finishes the component ends and its parent resumes with the inner result. When the
/// inner dialogs were cancelled, the component ends with no result; if it was the only dialog on its parent's
/// stack it reports <see cref="DialogTurnStatus.Cancelled"/> upward instead of <see cref="DialogTurnStatus.Complete"/>.
/// If an inner dialog cancelled the parents too (<see cref="DialogContext.CancelAllDialogsAsync(bool, CancellationToken)"/>),
/// the component is already gone and just passes the cancellation up.
/// </remarks>
public class ComponentDialog : Dialog
{
    private const string InnerStateKey = "dialogs";
    private readonly DialogSet _dialogs = new();

    /// <summary>Creates a component dialog.</summary>
    public ComponentDialog(string dialogId)
        : base(dialogId)
    {
    }

    /// <summary>The inner dialog started when the component begins; defaults to the first dialog added.</summary>
    public string? InitialDialogId { get; set; }

    /// <summary>Adds an inner dialog (waterfalls, prompts, other components).</summary>
    public ComponentDialog AddDialog(Dialog dialog)
    {
        _dialogs.Add(dialog);
        InitialDialogId ??= dialog.Id;
        return this;
    }

    /// <inheritdoc/>
    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        var instance = dc.ActiveDialog!;
        instance.State[InnerStateKey] = new DialogState();
        var result = await OnBeginDialogAsync(CreateInnerContext(dc.Context, instance, dc), options, cancellationToken).ConfigureAwait(false);
        return await CompleteTurnAsync(dc, instance, result, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        var instance = dc.ActiveDialog!;
        var result = await OnContinueDialogAsync(CreateInnerContext(dc.Context, instance, dc), cancellationToken).ConfigureAwait(false);
        return await CompleteTurnAsync(dc, instance, result, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A dialog pushed on top of the component ended: ask the inner dialog again and keep waiting.</summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        await RepromptDialogAsync(dc.Context, dc.ActiveDialog!, cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    /// <inheritdoc/>
    public override Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default) =>
        CreateInnerContext(turnContext, instance, null).RepromptDialogAsync(cancellationToken);

    /// <summary>When cancelled, cancels the inner dialogs too.</summary>
    public override async Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
    {
        if (reason == DialogReason.CancelCalled)
            await CreateInnerContext(turnContext, instance, null).CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Starts the inner dialogs; the default begins <see cref="InitialDialogId"/> with the component's options.</summary>
    protected virtual Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken = default) =>
        innerDc.BeginDialogAsync(InitialDialogId ?? throw new InvalidOperationException($"Component dialog '{Id}' has no dialogs."), options, cancellationToken);

    /// <summary>Passes the user's reply to the inner dialogs; override to intercept it first.</summary>
    protected virtual Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken = default) =>
        innerDc.ContinueDialogAsync(cancellationToken);

    private DialogContext CreateInnerContext(ITurnContext turnContext, DialogInstance instance, DialogContext? parent)
    {
        var state = instance.State.Get<DialogState>(InnerStateKey)
            ?? throw new InvalidOperationException($"Component dialog '{Id}' has no inner dialog state.");
        return new DialogContext(_dialogs, turnContext, state) { Parent = parent };
    }

    private static async Task<DialogTurnResult> CompleteTurnAsync(DialogContext dc, DialogInstance instance, DialogTurnResult inner, CancellationToken cancellationToken)
    {
        if (inner.Status == DialogTurnStatus.Waiting) return EndOfTurn;
        if (!ReferenceEquals(dc.ActiveDialog, instance)) return inner;

        var wasOnlyDialog = dc.Stack.Count == 1;
        var ended = await dc.EndDialogAsync(inner.Result, cancellationToken).ConfigureAwait(false);
        return inner.Status == DialogTurnStatus.Cancelled && wasOnlyDialog ? new DialogTurnResult(DialogTurnStatus.Cancelled) : ended;
    }
}
