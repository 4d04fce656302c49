using CobBot.Cards;
using CobBot.Framework.Builder;
using CobBot.Framework.Dialogs;
using CobBot.Scheduling;

namespace CobBot.Dialogs.Booking;

public sealed partial class BookingDialog
{
    private async Task<DialogTurnResult> EmailStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var booking = Details(step);
        if (step.Result is string name) booking.Name = _contacts.Name(name);
        booking.Email = _contacts.Email(booking.Email);
        if (booking.Email is not null) return await step.NextAsync(null, cancellationToken);
        return await step.PromptAsync(EmailPromptId, Question(BookingTexts.EmailQuestion, BookingTexts.EmailRetry), cancellationToken);
    }

    private async Task<DialogTurnResult> PhoneStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var booking = Details(step);
        if (step.Result is string email) booking.Email = _contacts.Email(email);
        booking.Phone = _contacts.Phone(booking.Phone);
        if (booking.Phone is not null) return await step.NextAsync(null, cancellationToken);
        return await step.PromptAsync(PhonePromptId, Question(BookingTexts.PhoneQuestion, BookingTexts.PhoneRetry), cancellationToken);
    }

    private async Task<DialogTurnResult> RequirementsStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var booking = Details(step);
        if (step.Result is string phone) booking.Phone = _contacts.Phone(phone);
        if (booking.Requirements is not null) return await step.NextAsync(null, cancellationToken);
        return await step.PromptAsync(RequirementsPromptId, Question(BookingTexts.RequirementsQuestion, BookingTexts.RequirementsQuestion), cancellationToken);
    }

    /// <summary>
    /// Checks the collected details with the booking rules (a problem is explained and its question asked again), then
    /// shows the summary card (the Teams or the Submit variant) and waits for Confirm, Change or Cancel.
    /// </summary>
    private async Task<DialogTurnResult> SummaryStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var booking = Details(step);
        if (step.Result is string requirements) booking.Requirements = ContactInput.Requirements(requirements);
        if (_bookings.Validate(Request(booking)) is { Count: > 0 } errors) return await AskAgainAsync(step, booking, errors, cancellationToken);
        var when = When(booking);
        var text = BookingTexts.Summary(booking.Service!, when, booking.Name!, booking.Email!, booking.Phone!);
        var cardId = Guid.NewGuid();
        var card = BookingCards.Summary(step.Context.Activity.ChannelId, cardId, BookingTexts.SummaryTitle, BookingTexts.SummaryIntro, Facts(booking, when), text);
        return await step.BeginDialogAsync(CardPromptId, new PromptOptions
        {
            Prompt = BookingCards.ToActivity(card, text),
            RetryPrompt = MessageFactory.Text(BookingTexts.CardRetry),
            Validations = cardId.ToString("D"),
        }, cancellationToken);
    }

    /// <summary>"Tuesday, March 3, 2026, 3:00 PM – 4:00 PM Eastern Standard Time" for the booking's slot.</summary>
    private string When(BookingDetails booking)
    {
        var zone = ZoneOf(booking);
        var start = SchedulingTimeZones.InZone(SchedulingTimeZones.ToUtc(booking.Date!.Value, booking.Time!.Value, zone)!.Value, zone);
        return SchedulingText.Range(start, start + ServiceOf(booking).Duration, zone);
    }

    private static List<CardFact> Facts(BookingDetails booking, string when)
    {
        List<CardFact> facts =
        [
            new("Service", booking.Service!),
            new("When", when),
            new("Name", booking.Name!),
            new("Email", booking.Email!),
            new("Phone", booking.Phone!),
        ];
        if (!string.IsNullOrEmpty(booking.Requirements)) facts.Add(new CardFact("Notes", booking.Requirements));
        return facts;
    }
}
