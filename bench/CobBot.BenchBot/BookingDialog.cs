using System.Text.RegularExpressions;
using CobBot.Framework.Builder;
using CobBot.Framework.Dialogs;
using CobBot.Framework.Dialogs.Choices;
using CobBot.Framework.State;

namespace CobBot.BenchBot;

/// <summary>
/// The peer's booking: name → email (validated) → service choice → date → confirm → "Booked …",
/// recording the booking in the user's <see cref="UserProfile"/>.
/// </summary>
public sealed partial class BookingDialog : ComponentDialog
{
    private const string BookingValue = "booking";
    private const string NamePromptId = "namePrompt";
    private const string EmailPromptId = "emailPrompt";
    private const string ServicePromptId = "servicePrompt";
    private const string DatePromptId = "datePrompt";
    private const string ConfirmPromptId = "confirmPrompt";
    private const string WaterfallId = "bookingWaterfall";

    private const string AskName = "Sure, let's book an appointment. What is your full name?";
    private const string RetryEmail = "That does not look like an email address. Please enter e.g. name@example.com.";
    private const string AskService = "Which service do you need?";
    private const string RetryService = "Please choose one of the listed services.";
    private const string AskDate = "Which date would you like?";
    private const string Cancelled = "OK, the booking was cancelled.";

    /// <summary>The services offered, in the order shown.</summary>
    public static readonly IReadOnlyList<string> Services = ["Billing consultation", "Claim review", "Payment plan setup"];

    private readonly IStatePropertyAccessor<UserProfile> _userProfile;

    /// <summary>Creates the dialog; the booking is added to the profile behind <paramref name="userProfile"/>.</summary>
    public BookingDialog(IStatePropertyAccessor<UserProfile> userProfile)
        : base(nameof(BookingDialog))
    {
        _userProfile = userProfile;
        AddDialog(new TextPrompt(NamePromptId));
        AddDialog(new TextPrompt(EmailPromptId, EmailValidatorAsync));
        AddDialog(new ChoicePrompt(ServicePromptId));
        AddDialog(new TextPrompt(DatePromptId));
        AddDialog(new ConfirmPrompt(ConfirmPromptId));
        AddDialog(new WaterfallDialog(WaterfallId,
        [
            NameStepAsync, EmailStepAsync, ServiceStepAsync, DateStepAsync, ConfirmStepAsync, FinalStepAsync,
        ]));
        InitialDialogId = WaterfallId;
    }

    private static Task<DialogTurnResult> NameStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values[BookingValue] = new BookingDetails();
        return step.PromptAsync(NamePromptId, Ask(AskName), cancellationToken);
    }

    private static Task<DialogTurnResult> EmailStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var booking = Booking(step);
        booking.Name = ((string)step.Result!).Trim();
        return step.PromptAsync(EmailPromptId, new PromptOptions
        {
            Prompt = MessageFactory.Text($"Thanks, {booking.Name}. What email address should we use?"),
            RetryPrompt = MessageFactory.Text(RetryEmail),
        }, cancellationToken);
    }

    private static Task<DialogTurnResult> ServiceStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        Booking(step).Email = ((string)step.Result!).Trim();
        return step.PromptAsync(ServicePromptId, new PromptOptions
        {
            Prompt = MessageFactory.Text(AskService),
            RetryPrompt = MessageFactory.Text(RetryService),
            Choices = ChoiceFactory.ToChoices(Services),
        }, cancellationToken);
    }

    private static Task<DialogTurnResult> DateStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        Booking(step).Service = ((FoundChoice)step.Result!).Value;
        return step.PromptAsync(DatePromptId, Ask(AskDate), cancellationToken);
    }

    private static Task<DialogTurnResult> ConfirmStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var b = Booking(step);
        b.Date = ((string)step.Result!).Trim();
        return step.PromptAsync(ConfirmPromptId, Ask($"Book {b.Service} for {b.Name} on {b.Date} (confirmation to {b.Email})?"), cancellationToken);
    }

    private async Task<DialogTurnResult> FinalStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var b = Booking(step);
        if (!(bool)step.Result!)
        {
            await step.Context.SendActivityAsync(Cancelled, cancellationToken: cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }
        var profile = await _userProfile.GetAsync(step.Context, () => new UserProfile(), cancellationToken);
        profile.Name = b.Name;
        profile.Email = b.Email;
        profile.Bookings++;
        await _userProfile.SetAsync(step.Context, profile, cancellationToken);
        await step.Context.SendActivityAsync($"Booked {b.Service} for {b.Name} on {b.Date}. A confirmation was sent to {b.Email}.", cancellationToken: cancellationToken);
        return await step.EndDialogAsync(b, cancellationToken);
    }

    private static Task<bool> EmailValidatorAsync(PromptValidatorContext<string> prompt, CancellationToken cancellationToken) =>
        Task.FromResult(prompt.Recognized.Succeeded && EmailPattern().IsMatch(prompt.Recognized.Value!.Trim()));

    private static BookingDetails Booking(WaterfallStepContext step) => step.Values.Get<BookingDetails>(BookingValue)!;

    private static PromptOptions Ask(string text) => new() { Prompt = MessageFactory.Text(text) };

    [GeneratedRegex(@"^[^\s@]+@[^\s@]+\.[^\s@]+$", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();
}
