using CobBot.Cards;
using CobBot.Framework.Builder;
using CobBot.Framework.Dialogs;
using CobBot.Framework.Dialogs.Choices;
using CobBot.Scheduling;

namespace CobBot.Dialogs.Booking;

public sealed partial class BookingDialog
{
    /// <summary>
    /// Checks the collected details with the booking rules (a problem is explained and its question asked again), then
    /// shows the summary card (the Teams or the Submit variant) and waits for Confirm, Change or Cancel.
    /// </summary>
    private async Task<DialogTurnResult> SummaryStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var booking = Details(step);
        if (step.Result is string requirements) booking.Requirements = ContactInput.Requirements(requirements);
        if (_bookings.Validate(booking.ToRequest()) is { Count: > 0 } errors) return await AskAgainAsync(step, booking, errors, cancellationToken);
        var when = When(booking);
        var text = BookingTexts.Summary(booking.Service!, when, booking.Name!, booking.Email!, booking.Phone!);
        var cardId = Guid.NewGuid();
        var card = BookingCards.Summary(step.Context.Activity.ChannelId, cardId, BookingTexts.SummaryTitle, BookingTexts.SummaryIntro,
            BookingFacts.Summary(booking, when), text);
        return await step.BeginDialogAsync(CardPromptId, new PromptOptions
        {
            Prompt = BookingCards.ToActivity(card, text),
            RetryPrompt = MessageFactory.Text(BookingTexts.CardRetry),
            Validations = cardId.ToString("D"),
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> DecisionStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var booking = Details(step);
        var answer = (CardAnswer)step.Result!;
        var when = When(booking);
        switch (answer.Action)
        {
            case BookingCards.Confirm:
                return await BookAsync(step, booking, answer, when, cancellationToken);
            case BookingCards.Change:
                await ReplaceCardAsync(step, answer, BookingTexts.ChangingTitle, BookingTexts.ChangeQuestion, BookingFacts.Summary(booking, when), cancellationToken);
                return await step.PromptAsync(ChangePromptId, new PromptOptions
                {
                    Prompt = MessageFactory.Text(BookingTexts.ChangeQuestion),
                    Choices = [.. BookingChangeChoices.All],
                }, cancellationToken);
            default:
                await ReplaceCardAsync(step, answer, BookingTexts.NotBookedTitle, BookingTexts.NothingBooked, BookingFacts.Summary(booking, when), cancellationToken);
                await step.Context.SendActivityAsync(BookingTexts.NothingBooked, cancellationToken: cancellationToken);
                return await step.EndDialogAsync(null, cancellationToken);
        }
    }

    /// <summary>
    /// Books with the dialog's request id, so a retried turn (or a second press) gets the same appointment back
    /// instead of a second one. A slot taken meanwhile sends the customer back to the nearest free times.
    /// </summary>
    private async Task<DialogTurnResult> BookAsync(WaterfallStepContext step, BookingDetails booking, CardAnswer answer, string when, CancellationToken cancellationToken)
    {
        var result = await _bookings.BookAsync(booking.ToRequest(), cancellationToken);

        switch (result.Status)
        {
            case BookingStatus.Booked:
                var appointment = result.Appointment!;
                var bookedWhen = SchedulingText.Range(appointment.Start, appointment.End, ZoneOf(booking));
                var text = BookingTexts.Booked(appointment.ConfirmationCode, appointment.Service, bookedWhen, appointment.Email);
                var card = BookingCards.Status(BookingTexts.BookedTitle, BookingTexts.EmailSent(appointment.Email),
                    BookingFacts.Confirmed(appointment, bookedWhen), good: true, text);
                await CardReplies.ShowAsync(step.Context, answer.Submission, card, text, sendOtherwise: true, cancellationToken);
                return await step.EndDialogAsync(appointment, cancellationToken);
            case BookingStatus.SlotTaken:
                var taken = BookingTexts.SlotJustTaken(when);
                await ReplaceCardAsync(step, answer, BookingTexts.TakenTitle, taken, BookingFacts.Summary(booking, when), cancellationToken);
                await step.Context.SendActivityAsync(taken, cancellationToken: cancellationToken);
                return await RestartAsync(step, booking, cancellationToken);
            default:
                return await AskAgainAsync(step, booking, result.Errors, cancellationToken);
        }
    }

    /// <summary>Says what the booking rules found wrong, forgets those answers and asks for them again.</summary>
    private static async Task<DialogTurnResult> AskAgainAsync(
        WaterfallStepContext step, BookingDetails booking, IReadOnlyDictionary<string, string[]> errors, CancellationToken cancellationToken)
    {
        await step.Context.SendActivityAsync(string.Join(" ", errors.SelectMany(e => e.Value)), cancellationToken: cancellationToken);
        booking.Forget(errors.Keys);
        return await RestartAsync(step, booking, cancellationToken);
    }

    private static Task<DialogTurnResult> ChangeStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var booking = Details(step);
        booking.Forget([BookingChangeChoices.Field(((FoundChoice)step.Result!).Value)]);
        return RestartAsync(step, booking, cancellationToken);
    }

    /// <summary>Replaces the pressed summary card (where the channel allows) with a read-only card saying what happened.</summary>
    private static Task ReplaceCardAsync(
        WaterfallStepContext step, CardAnswer answer, string title, string message, IReadOnlyList<CardFact> facts, CancellationToken cancellationToken) =>
        CardReplies.ShowAsync(step.Context, answer.Submission, BookingCards.Status(title, message, facts, good: false, $"{title}. {message}"),
            $"{title}. {message}", sendOtherwise: false, cancellationToken);
}
