using CobBot.Framework.Builder;
using CobBot.Framework.State;

namespace CobBot.Framework.Dialogs;

/// <summary>Runs a root dialog for a turn.</summary>
public static class DialogExtensions
{
    /// <summary>
    /// Continues the conversation's active dialog, or begins <paramref name="dialog"/> when none is active.
    /// The caller saves the state afterwards (e.g. <see cref="BotState.SaveChangesAsync"/> at the end of the turn).
    /// </summary>
    public static Task<DialogTurnResult> RunAsync(this Dialog dialog, ITurnContext turnContext, IStatePropertyAccessor<DialogState> accessor, CancellationToken cancellationToken = default) =>
        RunAsync(dialog, turnContext, accessor, null, cancellationToken);

    /// <summary>As <see cref="RunAsync(Dialog, ITurnContext, IStatePropertyAccessor{DialogState}, CancellationToken)"/>, beginning with <paramref name="options"/>.</summary>
    public static async Task<DialogTurnResult> RunAsync(Dialog dialog, ITurnContext turnContext, IStatePropertyAccessor<DialogState> accessor, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        var dialogSet = new DialogSet(accessor).Add(dialog);
        var dc = await dialogSet.CreateContextAsync(turnContext, cancellationToken).ConfigureAwait(false);
        var result = await dc.ContinueDialogAsync(cancellationToken).ConfigureAwait(false);
        return result.Status == DialogTurnStatus.Empty
            ? await dc.BeginDialogAsync(dialog.Id, options, cancellationToken).ConfigureAwait(false)
            : result;
    }
}
