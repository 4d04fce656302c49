using CobBot.Conversation;
using CobBot.Framework.Dialogs;

namespace CobBot.Dialogs.Main;

/// <summary>
/// The base of CobBot's flows (the CoreBot CancelAndHelpDialog pattern): before a reply reaches the running inner
/// dialog it checks for an interruption, reading the turn's recognition that <see cref="MainDialog"/> ran before
/// handing the reply over (<see cref="TurnRecognizer.Recognized"/>). <c>help</c> shows <see cref="HelpText"/> and re-asks the waiting question,
/// so the flow resumes; <c>cancel</c> stops the flow; "talk to a human" stops it and ends the dialog with
/// <see cref="Interruption.HumanRequested"/> for the parent to hand the conversation over. A question asked instead of an
/// answer ("what are your support hours?" while the booking asks for an email) is answered aside by the knowledge dialog,
/// then the waiting question is asked again (<see cref="QuestionRouting.IsQuestionAside"/>).
/// </summary>
public abstract class CobBotComponentDialog(string dialogId, TurnRecognizer turns, double interruptionScore) : ComponentDialog(dialogId)
{
    /// <summary>Said when a flow is cancelled.</summary>
    public const string CancelledText = "OK, I've stopped that. What else can I help you with?";

    /// <summary>The help shown when the customer asks for it inside this dialog.</summary>
    protected virtual string HelpText => BotTexts.Help;

    /// <summary>Whether a question asked while this flow waits is answered aside; false for a flow that answers questions itself.</summary>
    protected virtual bool AnswersQuestionsAside => true;

    /// <summary>The turn recognizer, shared with derived dialogs.</summary>
    protected TurnRecognizer Turns => turns;

    /// <inheritdoc />
    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken = default)
    {
        var recognized = TurnRecognizer.Recognized(innerDc.Context);
        switch (InterruptionDetector.Detect(innerDc.Context.Activity.Text, recognized, interruptionScore))
        {
            case Interruption.Help:
                await innerDc.Context.SendActivityAsync(HelpText, cancellationToken: cancellationToken);
                await innerDc.RepromptDialogAsync(cancellationToken);
                return EndOfTurn;
            case Interruption.Cancel:
                await innerDc.CancelAllDialogsAsync(cancellationToken);
                await innerDc.Context.SendActivityAsync(CancelledText, cancellationToken: cancellationToken);
                return new DialogTurnResult(DialogTurnStatus.Complete, Interruption.Cancel);
            case Interruption.HumanRequested:
                await innerDc.CancelAllDialogsAsync(cancellationToken);
                return new DialogTurnResult(DialogTurnStatus.Complete, Interruption.HumanRequested);
            case Interruption.None when AnswersQuestionsAside && QuestionRouting.IsQuestionAside(innerDc.Context.Activity.Text, recognized, interruptionScore):
                // The knowledge dialog is the root's; it ends at once, and the waiting prompt resumes by asking again.
                return await innerDc.BeginDialogAsync(nameof(Knowledge.KnowledgeDialog), new Knowledge.KnowledgeRequest(innerDc.Context.Activity.Text!, Aside: true), cancellationToken);
            default:
                return await OnContinueFlowAsync(innerDc, cancellationToken);
        }
    }

    /// <summary>Passes a reply that is not an interruption to the inner dialogs; override to look at it first.</summary>
    protected virtual Task<DialogTurnResult> OnContinueFlowAsync(DialogContext innerDc, CancellationToken cancellationToken) =>
        base.OnContinueDialogAsync(innerDc, cancellationToken);
}
