using CobBot.Cards;
using CobBot.Conversation;
using CobBot.Dialogs.Booking;
using CobBot.Dialogs.Handoff;
using CobBot.Dialogs.Knowledge;
using CobBot.Framework.Dialogs;
using CobBot.Handoff;
using CobBot.Knowledge;
using CobBot.Recognition;
using Microsoft.Extensions.Options;

namespace CobBot.Dialogs.Main;

/// <summary>
/// The root dialog. It recognizes the turn's message once, before any step or flow sees it (<see cref="TurnRecognizer"/>
/// keeps the result in the turn state): a new request is always recognized (a press on a stale booking card is not),
/// a reply to a running flow only when that flow checks interruptions (<see cref="CobBotComponentDialog"/>); replies
/// to the handoff questions are not. Each new request is routed by intent — small talk is answered, questions go to
/// <see cref="KnowledgeDialog"/> (a follow-up resolved against the question answered before) — so do questions about policies that the
/// recognizer took for an action or for help, when the knowledge base answers them (<see cref="QuestionRouting"/>) — requests for a person — and what the
/// <see cref="EscalationTracker"/> escalates — to <see cref="HandoffDialog"/>, and appointment requests to
/// <see cref="BookingDialog"/>, <see cref="CancelAppointmentDialog"/>, <see cref="RescheduleAppointmentDialog"/> and
/// <see cref="AppointmentStatusDialog"/>, pre-filled with what the message (or, for the service type and confirmation code,
/// an earlier one) said. While a child flow runs, its replies go to it; the flows handle help, cancel and "talk to a
/// person" themselves (<see cref="CobBotComponentDialog"/>). Requests for medical advice are declined and messages outside
/// the knowledge base's scope (<see cref="KnowledgeScope"/>) get the welcome's options; neither counts as a miss. Each
/// decision is recorded for the turn (<see cref="TurnRoutes"/>).
/// </summary>
public sealed class MainDialog : ComponentDialog
{
    private const string FlowId = nameof(MainDialog) + ".flow";
    private const string SupportSession = "Support Session";

    private readonly TurnRecognizer _turns;
    private readonly EscalationTracker _escalations;
    private readonly IKnowledgeBase _knowledge;
    private readonly KnowledgeScope _scope;
    private readonly BotOptions _options;

    /// <summary>Creates the dialog with id <c>MainDialog</c>.</summary>
    public MainDialog(
        TurnRecognizer turns, KnowledgeDialog knowledge, HandoffDialog handoff, EscalationTracker escalations, IOptions<BotOptions> options,
        BookingDialog booking, CancelAppointmentDialog cancel, RescheduleAppointmentDialog reschedule, AppointmentStatusDialog status,
        IKnowledgeBase knowledgeBase, KnowledgeScope scope)
        : base(nameof(MainDialog))
    {
        _turns = turns;
        _scope = scope;
        _knowledge = knowledgeBase;
        _escalations = escalations;
        _options = options.Value;
        AddDialog(new WaterfallDialog(FlowId, [RouteStepAsync, ChildResultStepAsync, HandoffResultStepAsync]));
        AddDialog(knowledge);
        AddDialog(handoff);
        AddDialog(booking);
        AddDialog(cancel);
        AddDialog(reschedule);
        AddDialog(status);
        InitialDialogId = FlowId;
    }

    /// <summary>The dialog for each appointment intent other than booking.</summary>
    private static readonly Dictionary<string, (string DialogId, string Route)> AppointmentDialogs = new(StringComparer.Ordinal)
    {
        [Intents.CancelAppointment] = (nameof(CancelAppointmentDialog), TurnRoutes.Cancel),
        [Intents.RescheduleAppointment] = (nameof(RescheduleAppointmentDialog), TurnRoutes.Reschedule),
        [Intents.AppointmentStatus] = (nameof(AppointmentStatusDialog), TurnRoutes.Status),
    };

    /// <summary>A new request: recognize it, unless it is a press on a booking card, then route it.</summary>
    protected override async Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken = default)
    {
        if (!IsBookingCardPress(innerDc.Context)) await _turns.RecognizeAsync(innerDc.Context, cancellationToken);
        return await base.OnBeginDialogAsync(innerDc, options, cancellationToken);
    }

    /// <summary>A reply to a running flow: recognize it when the flow checks for interruptions, then hand it over.</summary>
    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken = default)
    {
        if (innerDc.ActiveDialog is { } flow && innerDc.FindDialog(flow.Id) is CobBotComponentDialog)
            await _turns.RecognizeAsync(innerDc.Context, cancellationToken);
        return await base.OnContinueDialogAsync(innerDc, cancellationToken);
    }

    private static bool IsBookingCardPress(Framework.Builder.ITurnContext context) =>
        CardSubmission.Read(context.Activity) is { Kind: BookingCards.SubmitKind };

    private async Task<DialogTurnResult> RouteStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var context = step.Context;
        // A button of a booking card whose booking is over (booked, cancelled, or replaced by a newer summary).
        if (IsBookingCardPress(context))
            return await ReplyAndEndAsync(step, CardActionTurn.NoLongerActiveText, TurnRoutes.SmallTalk, cancellationToken);
        var recognized = TurnRecognizer.Recognized(context);
        if (recognized is null) return await ReplyAndEndAsync(step, BotTexts.TextOnly, TurnRoutes.SmallTalk, cancellationToken);

        // A question about a policy that the recognizer took for an action or for help is answered when knowledge has it.
        // A request for medical advice is never taken for help or an action either.
        var text = context.Activity.Text!;
        var medical = MedicalAdviceRules.Shipped.IsAdviceRequest(text);
        var question = !medical
            && InterruptionDetector.Detect(text, null, _options.InterruptionScore) == Interruption.None
            && QuestionRouting.MayBeQuestion(text, recognized, _options.InterruptionScore)
            && (await _knowledge.SearchAsync(text, 1, cancellationToken)).Count > 0;
        switch (InterruptionDetector.Detect(text, question || medical ? null : recognized, _options.InterruptionScore))
        {
            case Interruption.Cancel: return await ReplyAndEndAsync(step, BotTexts.NothingToCancel, TurnRoutes.SmallTalk, cancellationToken);
            case Interruption.Help: return await ReplyAndEndAsync(step, BotTexts.Help, TurnRoutes.Help, cancellationToken);
            case Interruption.HumanRequested: return await HandOverAsync(step, EscalationRequest.CustomerAsked(), cancellationToken);
        }

        // Medical advice is declined and what COB's assistant is not for gets its options; neither counts as a miss.
        var memory = await _turns.Memory.GetAsync(context, () => new ConversationMemory(), cancellationToken);
        var declined = medical ? TurnRoutes.Medical
            : !question && MayBeOutOfScope(recognized) && await _scope.IsOutOfScopeAsync(text, memory.LastQuestion, cancellationToken) ? TurnRoutes.OutOfScope
            : null;

        // Asked for a person, a business topic a person must handle, clearly upset, or misunderstood twice in a row.
        if (await _escalations.EvaluateAsync(context, recognized, declined is not null, cancellationToken) is { } escalation)
            return await HandOverAsync(step, escalation, cancellationToken);
        if (declined == TurnRoutes.Medical) return await ReplyAndEndAsync(step, BotTexts.MedicalAdvice, declined, cancellationToken);
        if (declined == TurnRoutes.OutOfScope)
        {
            TurnRoutes.Record(context, declined);
            await context.SendActivityAsync(
                Framework.Builder.MessageFactory.SuggestedActions(WelcomeCard.Actions.Select(a => a.Title), BotTexts.OutOfScope), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        if (question)
            return await step.BeginDialogAsync(nameof(KnowledgeDialog), new KnowledgeRequest(text, true, BotTexts.ActionOffer(recognized.Intent)), cancellationToken);
        switch (recognized.Intent)
        {
            case Intents.Greeting:
                // The welcome card sent this turn already greets.
                TurnRoutes.Record(context, TurnRoutes.SmallTalk);
                return WelcomeCard.WasSentThisTurn(context)
                    ? await step.EndDialogAsync(null, cancellationToken)
                    : await ReplyAndEndAsync(step, BotTexts.Greeting, TurnRoutes.SmallTalk, cancellationToken);
            case Intents.Help: return await ReplyAndEndAsync(step, BotTexts.Help, TurnRoutes.Help, cancellationToken);
            case Intents.Goodbye: return await ReplyAndEndAsync(step, BotTexts.Goodbye, TurnRoutes.SmallTalk, cancellationToken);
            case Intents.Thanks: return await ReplyAndEndAsync(step, BotTexts.Thanks, TurnRoutes.SmallTalk, cancellationToken);
            case Intents.HumanHandoff: return await HandOverAsync(step, EscalationRequest.CustomerAsked(), cancellationToken);
            case Intents.BookAppointment:
                var booking = BookingDetails.From(recognized.Entities);
                booking.Service ??= memory.ServiceType;
                TurnRoutes.Record(context, TurnRoutes.Booking);
                return await step.BeginDialogAsync(nameof(BookingDialog), booking, cancellationToken);
            case Intents.CancelAppointment or Intents.RescheduleAppointment or Intents.AppointmentStatus:
                var request = AppointmentRequest.From(recognized.Entities);
                request.ConfirmationCode ??= memory.ConfirmationCode;
                var (dialogId, route) = AppointmentDialogs[recognized.Intent];
                TurnRoutes.Record(context, route);
                return await step.BeginDialogAsync(dialogId, request, cancellationToken);
            default:
                return await step.BeginDialogAsync(nameof(KnowledgeDialog), new KnowledgeRequest(text, recognized.Intent == Intents.KbQuery), cancellationToken);
        }
    }

    /// <summary>
    /// Whether the message may lie outside the bot's scope: not understood, a question, or help; or an action recognized
    /// with low confidence and nothing an action needs ("book me a flight to chicago").
    /// </summary>
    private bool MayBeOutOfScope(RecognizerResult recognized) =>
        recognized.Intent is Intents.None or Intents.KbQuery or Intents.Help
        || (recognized.Score < _options.InterruptionScore
            && recognized.Intent is Intents.BookAppointment or Intents.CancelAppointment or Intents.RescheduleAppointment or Intents.AppointmentStatus
            && recognized.Entities is { ConfirmationCode: null, Date: null, Time: null });

    private async Task<DialogTurnResult> ChildResultStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.Result switch
        {
            Interruption.HumanRequested => await HandOverAsync(step, EscalationRequest.CustomerAsked(), cancellationToken),
            EscalationRequest escalation => await HandOverAsync(step, escalation, cancellationToken),
            HandoffDialogResult handoff => await step.NextAsync(handoff, cancellationToken),
            // The customer asked something new instead of answering: route the same message from the start.
            Interruption.NewRequest => await step.ReplaceDialogAsync(FlowId, null, cancellationToken),
            _ => await step.EndDialogAsync(null, cancellationToken),
        };

    /// <summary>After hours the customer may choose a Support Session instead of a callback: book one.</summary>
    private static async Task<DialogTurnResult> HandoffResultStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.Result is HandoffDialogResult { Outcome: HandoffDialogOutcome.BookSupportSession }
            ? await step.BeginDialogAsync(nameof(BookingDialog), new BookingDetails { Service = SupportSession }, cancellationToken)
            : await step.EndDialogAsync(null, cancellationToken);

    private static Task<DialogTurnResult> HandOverAsync(WaterfallStepContext step, EscalationRequest request, CancellationToken cancellationToken)
    {
        TurnRoutes.Record(step.Context, TurnRoutes.Handoff);
        return step.BeginDialogAsync(nameof(HandoffDialog), request, cancellationToken);
    }

    private static async Task<DialogTurnResult> ReplyAndEndAsync(WaterfallStepContext step, string text, string route, CancellationToken cancellationToken)
    {
        TurnRoutes.Record(step.Context, route);
        var reply = Framework.Builder.MessageFactory.Text(text);
        reply.TextFormat = Framework.Schema.TextFormatTypes.Markdown;
        await step.Context.SendActivityAsync(reply, cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }
}
