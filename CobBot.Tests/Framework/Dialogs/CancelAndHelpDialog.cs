using CobBot.Framework.Dialogs;

namespace CobBot.Tests.Framework.Dialogs;

/// <summary>The CoreBot pattern: a base component that handles "help" and "cancel" for every dialog inside it.</summary>
internal class CancelAndHelpDialog(string id, bool cancelParents = false) : ComponentDialog(id)
{
    public const string HelpText = "I can book an appointment. Answer the question, or say cancel.";
    public const string CancelText = "Cancelling…";

    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken = default)
    {
        switch (innerDc.Context.Activity.Text?.Trim().ToLowerInvariant())
        {
            case "help":
            case "?":
                await innerDc.Context.SendActivityAsync(HelpText, cancellationToken: cancellationToken);
                await innerDc.RepromptDialogAsync(cancellationToken);
                return Dialog.EndOfTurn;
            case "cancel":
            case "quit":
                await innerDc.Context.SendActivityAsync(CancelText, cancellationToken: cancellationToken);
                return await innerDc.CancelAllDialogsAsync(cancelParents, cancellationToken);
            default:
                return await base.OnContinueDialogAsync(innerDc, cancellationToken);
        }
    }
}
