using CobBot.Bots;
using CobBot.Cards;
using CobBot.Framework.Dialogs;
using CobBot.Handoff;
using CobBot.Recognition;
using Microsoft.Extensions.Options;

namespace CobBot.Dialogs;

/// <summary>
/// The root dialog: each new request is recognized once and routed by intent — small talk is answered, questions go to
/// <see cref="KnowledgeDialog"/> (with the topic remembered from earlier turns), requests for a person — and what the
/// <see cref="EscalationTracker"/> escalates — to <see cref="HandoffDialog"/>, appointment requests get
/// <see cref="AppointmentsText"/> until the booking dialogs exist. While a child flow runs, its replies go to it; the
/// flows handle help, cancel and "talk to a person" themselves (<see cref="CobBotComponentDialog"/>).
/// </summary>
public sealed class MainDialog : ComponentDialog
{
    private const string FlowId = nameof(MainDialog) + ".flow";
    private const string SupportSession = "Support Session";

    private readonly TurnRecognizer _turns;
    private readonly EscalationTracker _escalations;
    private readonly BotOptions _options;

    /// <summary>Creates the dialog with id <c>MainDialog</c>.</summary>
    public MainDialog(TurnRecognizer turns, KnowledgeDialog knowledge, HandoffDialog handoff, EscalationTracker escalations, IOptions<BotOptions> options)
        : base(nameof(MainDialog))
    {
        _turns = turns;
        _escalations = escalations;
        _options = options.Value;
        AddDialog(new WaterfallDialog(FlowId, [RouteStepAsync, ChildResultStepAsync, HandoffResultStepAsync]));
        AddDialog(knowledge);
        AddDialog(handoff);
        InitialDialogId = FlowId;
    }

    /// <summary>
    /// The honest answer to booking, cancelling, rescheduling or checking an appointment while this chat cannot do
    /// it yet: who can, and how to reach them, with what the conversation already knows.
    /// </summary>
    public string AppointmentsText(string intent, ConversationMemory memory)
    {
        ArgumentNullException.ThrowIfNull(memory);
        var verb = intent switch
        {
            Intents.CancelAppointment => "cancel",
            Intents.RescheduleAppointment => "reschedule",
            Intents.AppointmentStatus => "look up",
            _ => "book",
        };
        var detail = intent == Intents.BookAppointment && memory.ServiceType is { } service
            ? $" Let them know you'd like a {service}."
            : memory.ConfirmationCode is { } code && intent != Intents.BookAppointment
                ? $" Have your confirmation code {code} ready."
                : "";
        return $"I can't {verb} appointments in this chat yet, so I won't pretend to. Our team can do it for you: " +
            $"call {_options.SupportPhone} or email {_options.SupportEmail}.{detail}";
    }

    private async Task<DialogTurnResult> RouteStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var context = step.Context;
        var recognized = await _turns.RecognizeAsync(context, cancellationToken);
        if (recognized is null) return await ReplyAndEndAsync(step, BotTexts.TextOnly, cancellationToken);

        switch (InterruptionDetector.Detect(context.Activity.Text, recognized, _options.InterruptionScore))
        {
            case Interruption.Cancel: return await ReplyAndEndAsync(step, BotTexts.NothingToCancel, cancellationToken);
            case Interruption.Help: return await ReplyAndEndAsync(step, BotTexts.Help, cancellationToken);
            case Interruption.HumanRequested: return await HandOverAsync(step, EscalationRequest.CustomerAsked(), cancellationToken);
        }

        // Asked for a person, a business topic a person must handle, clearly upset, or misunderstood twice in a row.
        if (await _escalations.EvaluateAsync(context, recognized, cancellationToken) is { } escalation)
            return await HandOverAsync(step, escalation, cancellationToken);

        var memory = await _turns.Memory.GetAsync(context, () => new ConversationMemory(), cancellationToken);
        switch (recognized.Intent)
        {
            case Intents.Greeting:
                // The welcome card sent this turn already greets.
                return WelcomeCard.WasSentThisTurn(context)
                    ? await step.EndDialogAsync(null, cancellationToken)
                    : await ReplyAndEndAsync(step, BotTexts.Greeting, cancellationToken);
            case Intents.Help: return await ReplyAndEndAsync(step, BotTexts.Help, cancellationToken);
            case Intents.Goodbye: return await ReplyAndEndAsync(step, BotTexts.Goodbye, cancellationToken);
            case Intents.Thanks: return await ReplyAndEndAsync(step, BotTexts.Thanks, cancellationToken);
            case Intents.HumanHandoff: return await HandOverAsync(step, EscalationRequest.CustomerAsked(), cancellationToken);
            case Intents.BookAppointment or Intents.CancelAppointment or Intents.RescheduleAppointment or Intents.AppointmentStatus:
                return await ReplyAndEndAsync(step, AppointmentsText(recognized.Intent, memory), cancellationToken);
            default:
                return await step.BeginDialogAsync(nameof(KnowledgeDialog), new KnowledgeRequest(context.Activity.Text!, memory.ServiceType, recognized.Intent == Intents.KbQuery), cancellationToken);
        }
    }

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

    /// <summary>After hours the customer may choose a Support Session instead of a callback.</summary>
    private async Task<DialogTurnResult> HandoffResultStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not HandoffDialogResult { Outcome: HandoffDialogOutcome.BookSupportSession })
            return await step.EndDialogAsync(null, cancellationToken);
        var memory = await _turns.Memory.GetAsync(step.Context, () => new ConversationMemory(), cancellationToken);
        memory.ServiceType = SupportSession;
        return await ReplyAndEndAsync(step, AppointmentsText(Intents.BookAppointment, memory), cancellationToken);
    }

    private static Task<DialogTurnResult> HandOverAsync(WaterfallStepContext step, EscalationRequest request, CancellationToken cancellationToken) =>
        step.BeginDialogAsync(nameof(HandoffDialog), request, cancellationToken);

    private static async Task<DialogTurnResult> ReplyAndEndAsync(WaterfallStepContext step, string text, CancellationToken cancellationToken)
    {
        var reply = Framework.Builder.MessageFactory.Text(text);
        reply.TextFormat = Framework.Schema.TextFormatTypes.Markdown;
        await step.Context.SendActivityAsync(reply, cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }
}
