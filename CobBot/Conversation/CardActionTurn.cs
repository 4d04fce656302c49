using CobBot.Cards;
using CobBot.Framework.Builder;
using CobBot.Framework.Dialogs;
using CobBot.Framework.Schema;
using CobBot.Framework.State;

namespace CobBot.Conversation;

/// <summary>
/// Turns a Teams <c>adaptiveCard/action</c> invoke (Action.Execute) into a dialog turn: the waiting dialog (e.g. the
/// booking summary's prompt) receives the invoke like a reply and answers it through <see cref="CardReplies"/>; the
/// answer is returned for the activity handler's <c>OnAdaptiveCardInvokeAsync</c>. A press on a card no dialog is
/// waiting for (an old card, a second click) starts nothing and is answered with <see cref="NoLongerActiveText"/>.
/// </summary>
public static class CardActionTurn
{
    /// <summary>Shown to the clicking user when no running dialog handled the press.</summary>
    public const string NoLongerActiveText = "This card is no longer active.";

    /// <summary>Continues the active dialog under <paramref name="rootDialog"/> with the invoke and returns the answer.</summary>
    public static async Task<AdaptiveCardInvokeResponse> RunAsync(
        Dialog rootDialog, ITurnContext turnContext, IStatePropertyAccessor<DialogState> dialogState, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var dc = await new DialogSet(dialogState).Add(rootDialog).CreateContextAsync(turnContext, cancellationToken);
        if (dc.ActiveDialog is not null) await dc.ContinueDialogAsync(cancellationToken);
        return CardReplies.InvokeResponse(turnContext) ?? AdaptiveCardInvokeResponse.Message(NoLongerActiveText);
    }
}
