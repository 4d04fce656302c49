using CobBot.Framework.Builder;
using CobBot.Framework.Dialogs;
using CobBot.Framework.Dialogs.Choices;
using CobBot.Recognition;

namespace CobBot.Dialogs.Booking;

public sealed partial class BookingDialog
{
    /// <summary>Checks the day against the real availability (<see cref="SlotOffers"/>); a day without free times is asked again.</summary>
    private async Task<DialogTurnResult> SlotStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var booking = Details(step);
        if (step.Result is RecognizedEntities when) (booking.Date, booking.Time) = (when.Date, when.Time ?? booking.Time);
        var offer = await _slots.FindAsync(ServiceOf(booking), booking.Date!.Value, booking.Time, ZoneOf(booking), cancellationToken);
        if (offer.Problem is { } problem)
        {
            await step.Context.SendActivityAsync(problem, cancellationToken: cancellationToken);
            (booking.Date, booking.Time) = (null, null);
            return await RestartAsync(step, booking, cancellationToken);
        }
        return offer.WantedIsFree
            ? await step.NextAsync(null, cancellationToken)
            : await step.PromptAsync(SlotPromptId, offer.ToPromptOptions(), cancellationToken);
    }

    /// <summary>Takes the picked slot (or, for "another day", asks for the day again), then asks for the name unless known.</summary>
    private async Task<DialogTurnResult> NameStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var booking = Details(step);
        if (step.Result is FoundChoice picked)
        {
            if (SlotChoices.Start(picked.Value) is not { } start)
            {
                (booking.Date, booking.Time) = (null, null);
                return await RestartAsync(step, booking, cancellationToken);
            }
            booking.Date = DateOnly.FromDateTime(start.DateTime);
            booking.Time = TimeOnly.FromDateTime(start.DateTime);
        }
        booking.Name = _contacts.Name(booking.Name);
        if (booking.Name is not null) return await step.NextAsync(null, cancellationToken);
        return await step.PromptAsync(NamePromptId, Question(BookingTexts.NameQuestion, BookingTexts.NameRetry), cancellationToken);
    }

    private static PromptOptions Question(string question, string retry) => new()
    {
        Prompt = MessageFactory.Text(question),
        RetryPrompt = MessageFactory.Text(retry),
    };
}
