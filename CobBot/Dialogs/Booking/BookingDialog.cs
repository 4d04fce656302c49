using CobBot.Conversation;
using CobBot.Dialogs.Main;
using CobBot.Framework.Builder;
using CobBot.Framework.Dialogs;
using CobBot.Framework.Dialogs.Choices;
using CobBot.Framework.Schema;
using CobBot.Recognition;
using CobBot.Scheduling;
using CobBot.Scheduling.Catalog;
using Microsoft.Extensions.Options;

namespace CobBot.Dialogs.Booking;

/// <summary>
/// Books an appointment: service (from the catalogue), day and a time from the real free slots
/// (<see cref="PickSlotDialog"/>), name, email and phone (<see cref="ContactQuestionDialog"/>) and optional notes, then a
/// summary card to confirm, change or cancel; on confirm <see cref="BookingService"/> saves it and a confirmation card
/// follows. Every question whose answer is already known is skipped: begin it with <see cref="BookingDetails"/>
/// pre-filled from the first utterance's entities ("book a benefits analysis next Tuesday at 3pm" asks neither service,
/// day nor time when 3 PM is free); without options it reads them from the message that starts it. Changing a detail
/// clears it and runs the steps again, so only that question is asked. Times are shown in the customer's zone when the
/// channel sends it, Eastern otherwise. Help, cancel and "talk to a person" work at every step
/// (<see cref="CobBotComponentDialog"/>). Ends with the booked <see cref="AppointmentDetails"/>, or null when nothing
/// was booked.
/// </summary>
public sealed partial class BookingDialog : CobBotComponentDialog
{
    private const string FlowId = nameof(BookingDialog) + ".flow";
    private const string ServicePromptId = nameof(BookingDialog) + ".service";
    private const string NameDialogId = nameof(BookingDialog) + ".name";
    private const string EmailDialogId = nameof(BookingDialog) + ".email";
    private const string PhoneDialogId = nameof(BookingDialog) + ".phone";
    private const string RequirementsPromptId = nameof(BookingDialog) + ".requirements";
    private const string CardPromptId = nameof(BookingDialog) + ".card";
    private const string ChangePromptId = nameof(BookingDialog) + ".change";

    private readonly SchedulingCatalog _catalog;
    private readonly BookingService _bookings;
    private readonly SchedulingTimeZones _zones;
    private readonly IEntityExtractor _extractor;

    /// <summary>Creates the dialog with id <c>BookingDialog</c>.</summary>
    public BookingDialog(
        SchedulingCatalog catalog, BookingService bookings, SchedulingTimeZones zones, IEntityExtractor extractor, ContactInput contacts,
        PickSlotDialog pickSlot, TurnRecognizer turns, IOptions<BotOptions> options)
        : base(nameof(BookingDialog), turns, options.Value.InterruptionScore)
    {
        _catalog = catalog;
        _bookings = bookings;
        _zones = zones;
        _extractor = extractor;
        AddDialog(new WaterfallDialog(FlowId,
        [
            ServiceStepAsync, SlotStepAsync, NameStepAsync, EmailStepAsync, PhoneStepAsync,
            RequirementsStepAsync, SummaryStepAsync, DecisionStepAsync, ChangeStepAsync,
        ]));
        AddDialog(new ChoicePrompt(ServicePromptId));
        AddDialog(pickSlot);
        AddDialog(new ContactQuestionDialog(NameDialogId, contacts.Name));
        AddDialog(new ContactQuestionDialog(EmailDialogId, contacts.Email));
        AddDialog(new ContactQuestionDialog(PhoneDialogId, contacts.Phone));
        AddDialog(new TextPrompt(RequirementsPromptId));
        AddDialog(new BookingCardPrompt(CardPromptId));
        AddDialog(new ChoicePrompt(ChangePromptId));
        InitialDialogId = FlowId;
    }

    /// <inheritdoc />
    protected override string HelpText => BookingTexts.Help;

    /// <summary>Starts with the given <see cref="BookingDetails"/>, or with the entities of the message that starts the dialog.</summary>
    protected override Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        var activity = innerDc.Context.Activity;
        var details = options as BookingDetails
            ?? BookingDetails.From(string.IsNullOrWhiteSpace(activity.Text) ? RecognizedEntities.Empty : _extractor.Extract(activity.Text, CustomerZone(activity)));
        details.TimeZone ??= SchedulingTimeZones.Find(activity.LocalTimezone)?.Id;
        details.RequestId ??= Guid.NewGuid();
        return base.OnBeginDialogAsync(innerDc, details, cancellationToken);
    }

    private async Task<DialogTurnResult> ServiceStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var booking = Details(step);
        booking.Service = _catalog.FindType(booking.Service)?.Name;
        if (booking.Service is not null) return await step.NextAsync(null, cancellationToken);
        return await step.PromptAsync(ServicePromptId, new PromptOptions
        {
            Prompt = MessageFactory.Text(BookingTexts.ServiceQuestion),
            Choices = ChoiceFactory.ToChoices(_catalog.Types.Select(t => t.Name)),
        }, cancellationToken);
    }

    private static Task<DialogTurnResult> SlotStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var booking = Details(step);
        if (step.Result is FoundChoice service) booking.Service = service.Value;
        return step.BeginDialogAsync(nameof(PickSlotDialog), new PickSlotOptions
        {
            Service = booking.Service,
            TimeZone = booking.TimeZone,
            Date = booking.Date,
            Time = booking.Time,
        }, cancellationToken);
    }

    private static async Task<DialogTurnResult> NameStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var booking = Details(step);
        if (step.Result is not PickedSlot slot) return await step.EndDialogAsync(null, cancellationToken);
        (booking.Date, booking.Time) = (slot.Date, slot.Time);
        return await step.BeginDialogAsync(NameDialogId, new ContactQuestion(booking.Name, BookingTexts.NameQuestion, BookingTexts.NameRetry), cancellationToken);
    }

    private static Task<DialogTurnResult> EmailStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var booking = Details(step);
        booking.Name = step.Result as string;
        return step.BeginDialogAsync(EmailDialogId, new ContactQuestion(booking.Email, BookingTexts.EmailQuestion, BookingTexts.EmailRetry), cancellationToken);
    }

    private static Task<DialogTurnResult> PhoneStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var booking = Details(step);
        booking.Email = step.Result as string;
        return step.BeginDialogAsync(PhoneDialogId, new ContactQuestion(booking.Phone, BookingTexts.PhoneQuestion, BookingTexts.PhoneRetry), cancellationToken);
    }

    private static async Task<DialogTurnResult> RequirementsStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var booking = Details(step);
        booking.Phone = step.Result as string;
        if (booking.Requirements is not null) return await step.NextAsync(null, cancellationToken);
        return await step.PromptAsync(RequirementsPromptId, Questions.Ask(BookingTexts.RequirementsQuestion, BookingTexts.RequirementsQuestion), cancellationToken);
    }

    /// <summary>Runs the steps again from the start with <paramref name="booking"/>; known answers are skipped.</summary>
    private static Task<DialogTurnResult> RestartAsync(WaterfallStepContext step, BookingDetails booking, CancellationToken cancellationToken) =>
        step.ReplaceDialogAsync(FlowId, booking, cancellationToken);

    private static BookingDetails Details(WaterfallStepContext step) =>
        step.GetOptions<BookingDetails>() ?? throw new InvalidOperationException($"{nameof(BookingDialog)} runs without {nameof(BookingDetails)}.");

    /// <summary>"Tuesday, March 3, 2026, 3:00 PM – 4:00 PM Eastern Standard Time" for the booking's slot.</summary>
    private string When(BookingDetails booking)
    {
        var service = _catalog.FindType(booking.Service) ?? throw new InvalidOperationException("The booking has no valid service yet.");
        return SchedulingText.Range(booking.Date!.Value, booking.Time!.Value, service.Duration, ZoneOf(booking));
    }

    private TimeZoneInfo ZoneOf(BookingDetails booking) => SchedulingTimeZones.Find(booking.TimeZone) ?? _zones.Business;

    private TimeZoneInfo CustomerZone(Activity activity) => SchedulingTimeZones.Find(activity.LocalTimezone) ?? _zones.Business;
}
