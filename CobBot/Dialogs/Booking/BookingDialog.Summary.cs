using CobBot.Cards;
using CobBot.Framework.Builder;
using CobBot.Framework.Dialogs;
using CobBot.Framework.Dialogs.Choices;
using CobBot.Scheduling;

namespace CobBot.Dialogs.Booking;

public sealed partial class BookingDialog
{
    private const string ChangeService = "Service";
    private const string ChangeDateTime = "Date and time";
    private const string ChangeName = "Name";
    private const string ChangeEmail = "Email";
    private const string ChangePhone = "Phone";
    private const string ChangeNotes = "Notes";

    private static readonly IReadOnlyList<Choice> ChangeChoices =
    [
        new(ChangeService) { Synonyms = ["appointment type", "type", "appointment"] },
        new(ChangeDateTime) { Synonyms = ["date", "time", "day", "when"] },
        new(ChangeName),
        new(ChangeEmail) { Synonyms = ["email address", "e-mail"] },
        new(ChangePhone) { Synonyms = ["phone number", "number"] },
        new(ChangeNotes) { Synonyms = ["requirements", "note"] },
    ];

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
                await ReplaceCardAsync(step, answer, BookingTexts.ChangingTitle, BookingTexts.ChangeQuestion, Facts(booking, when), cancellationToken);
                return await step.PromptAsync(ChangePromptId, new PromptOptions
                {
                    Prompt = MessageFactory.Text(BookingTexts.ChangeQuestion),
                    Choices = [.. ChangeChoices],
                }, cancellationToken);
            default:
                await ReplaceCardAsync(step, answer, BookingTexts.NotBookedTitle, BookingTexts.NothingBooked, Facts(booking, when), cancellationToken);
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
        var result = await _bookings.BookAsync(Request(booking), cancellationToken);

        switch (result.Status)
        {
            case BookingStatus.Booked:
                var appointment = result.Appointment!;
                var bookedWhen = SchedulingText.Range(appointment.Start, appointment.End, ZoneOf(booking));
                var text = BookingTexts.Booked(appointment.ConfirmationCode, appointment.Service, bookedWhen, appointment.Email);
                var card = BookingCards.Status(BookingTexts.BookedTitle, BookingTexts.EmailSent(appointment.Email), Confirmed(appointment, bookedWhen), good: true, text);
                await CardReplies.ShowAsync(step.Context, answer.Submission, card, text, sendOtherwise: true, cancellationToken);
                return await step.EndDialogAsync(appointment, cancellationToken);
            case BookingStatus.SlotTaken:
                var taken = BookingTexts.SlotJustTaken(when);
                await ReplaceCardAsync(step, answer, BookingTexts.TakenTitle, taken, Facts(booking, when), cancellationToken);
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
        Forget(booking, errors.Keys);
        return await RestartAsync(step, booking, cancellationToken);
    }

    private static BookingRequest Request(BookingDetails booking) => new()
    {
        Service = booking.Service,
        Date = booking.Date,
        Time = booking.Time,
        TimeZone = booking.TimeZone,
        Name = booking.Name,
        Email = booking.Email,
        Phone = booking.Phone,
        Requirements = booking.Requirements,
        RequestId = booking.RequestId,
    };

    private async Task<DialogTurnResult> ChangeStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var booking = Details(step);
        var field = ((FoundChoice)step.Result!).Value;
        Forget(booking, [field switch
        {
            ChangeService => BookingFields.ServiceType,
            ChangeDateTime => BookingFields.PreferredDate,
            ChangeName => BookingFields.Name,
            ChangeEmail => BookingFields.Email,
            ChangePhone => BookingFields.Phone,
            _ => BookingFields.Requirements,
        }]);
        return await RestartAsync(step, booking, cancellationToken);
    }

    /// <summary>Clears the answers named by <see cref="BookingFields"/> keys so their questions are asked again.</summary>
    private static void Forget(BookingDetails booking, IEnumerable<string> fields)
    {
        foreach (var field in fields)
        {
            switch (field)
            {
                case BookingFields.ServiceType: booking.Service = null; break;
                case BookingFields.PreferredDate: (booking.Date, booking.Time) = (null, null); break;
                case BookingFields.PreferredTime: booking.Time = null; break;
                case BookingFields.Name: booking.Name = null; break;
                case BookingFields.Email: booking.Email = null; break;
                case BookingFields.Phone: booking.Phone = null; break;
                case BookingFields.Requirements: booking.Requirements = null; break;
                case BookingFields.TimeZone: booking.TimeZone = null; break;
            }
        }
    }

    /// <summary>Replaces the pressed summary card (where the channel allows) with a read-only card saying what happened.</summary>
    private static Task ReplaceCardAsync(
        WaterfallStepContext step, CardAnswer answer, string title, string message, IReadOnlyList<CardFact> facts, CancellationToken cancellationToken) =>
        CardReplies.ShowAsync(step.Context, answer.Submission, BookingCards.Status(title, message, facts, good: false, $"{title}. {message}"),
            $"{title}. {message}", sendOtherwise: false, cancellationToken);

    private static List<CardFact> Confirmed(AppointmentDetails appointment, string when) =>
    [
        new("Confirmation code", appointment.ConfirmationCode),
        new("Service", appointment.Service),
        new("When", when),
        new("With", appointment.StaffName),
        new("Name", appointment.CustomerName),
    ];
}
