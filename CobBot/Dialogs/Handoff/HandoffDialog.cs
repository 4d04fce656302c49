using CobBot.Framework.Builder;
using CobBot.Framework.Dialogs.Choices;
using CobBot.Framework.Dialogs;
using CobBot.Handoff;
using CobBot.Recognition.Entities;

namespace CobBot.Dialogs.Handoff;

/// <summary>
/// Begin with an <see cref="EscalationRequest"/> as options. It escalates (<see cref="HandoffService.EscalateAsync"/>);
/// during support hours it ends at once with <see cref="HandoffDialogOutcome.Connected"/>. Outside them it offers a
/// callback (asks for the phone number and the best time, opens a ticket) or a Support Session (ends with
/// <see cref="HandoffDialogOutcome.BookSupportSession"/> for the caller to start the booking), or neither.
/// </summary>
public sealed class HandoffDialog : ComponentDialog
{
    private const string OfferPrompt = "handoffOffer";
    private const string PhonePrompt = "handoffPhone";
    private const string TimePrompt = "handoffTime";
    private const string EscalationIdKey = "escalationId";
    private const string PhoneKey = "phone";

    private readonly HandoffService _handoff;
    private readonly PhoneExtractor _phones;

    /// <summary>Creates the dialog with id <c>HandoffDialog</c>.</summary>
    public HandoffDialog(HandoffService handoff, PhoneExtractor phones)
        : base(nameof(HandoffDialog))
    {
        _handoff = handoff;
        _phones = phones;
        AddDialog(new WaterfallDialog(nameof(WaterfallDialog), [EscalateStepAsync, OfferStepAsync, PhoneStepAsync, TicketStepAsync]));
        AddDialog(new ChoicePrompt(OfferPrompt));
        AddDialog(new TextPrompt(PhonePrompt, PhoneValidatorAsync));
        AddDialog(new TextPrompt(TimePrompt));
        InitialDialogId = nameof(WaterfallDialog);
    }

    private async Task<DialogTurnResult> EscalateStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var request = step.GetOptions<EscalationRequest>() ?? EscalationRequest.CustomerAsked();
        var outcome = await _handoff.EscalateAsync(step.Context, request, cancellationToken);
        if (outcome.Connected)
            return await step.EndDialogAsync(new HandoffDialogResult(HandoffDialogOutcome.Connected, outcome.EscalationId), cancellationToken);

        step.Values[EscalationIdKey] = outcome.EscalationId;
        return await step.PromptAsync(OfferPrompt, new PromptOptions
        {
            Prompt = MessageFactory.Text(HandoffMessages.OfferPrompt),
            RetryPrompt = MessageFactory.Text(HandoffMessages.OfferRetry),
            Choices = ChoiceFactory.ToChoices([HandoffMessages.CallbackChoice, HandoffMessages.SupportSessionChoice, HandoffMessages.NoThanksChoice]),
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> OfferStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var escalationId = step.Values.Get<int>(EscalationIdKey);
        switch (((FoundChoice)step.Result!).Value)
        {
            case HandoffMessages.CallbackChoice:
                return await step.PromptAsync(PhonePrompt, new PromptOptions
                {
                    Prompt = MessageFactory.Text(HandoffMessages.PhonePrompt),
                    RetryPrompt = MessageFactory.Text(HandoffMessages.PhoneRetry),
                }, cancellationToken);
            case HandoffMessages.SupportSessionChoice:
                return await step.EndDialogAsync(new HandoffDialogResult(HandoffDialogOutcome.BookSupportSession, escalationId), cancellationToken);
            default:
                await step.Context.SendActivityAsync(HandoffMessages.Declined, cancellationToken: cancellationToken);
                return await step.EndDialogAsync(new HandoffDialogResult(HandoffDialogOutcome.Declined, escalationId), cancellationToken);
        }
    }

    private async Task<DialogTurnResult> PhoneStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values[PhoneKey] = _phones.Matches((string)step.Result!).First().Value;
        return await step.PromptAsync(TimePrompt, new PromptOptions { Prompt = MessageFactory.Text(HandoffMessages.PreferredTimePrompt) }, cancellationToken);
    }

    private async Task<DialogTurnResult> TicketStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var escalationId = step.Values.Get<int>(EscalationIdKey);
        var preferredTime = (string)step.Result!;
        var ticket = await _handoff.RequestCallbackAsync(escalationId, step.Values.Get<string>(PhoneKey)!, preferredTime, cancellationToken);
        await step.Context.SendActivityAsync(HandoffMessages.CallbackBooked(ticket.TicketNumber, ticket.PreferredTime), cancellationToken: cancellationToken);
        return await step.EndDialogAsync(new HandoffDialogResult(HandoffDialogOutcome.CallbackRequested, escalationId, ticket.TicketNumber), cancellationToken);
    }

    private Task<bool> PhoneValidatorAsync(PromptValidatorContext<string> prompt, CancellationToken cancellationToken) =>
        Task.FromResult(prompt.Recognized.Succeeded && _phones.Matches(prompt.Recognized.Value ?? "").Any());
}
