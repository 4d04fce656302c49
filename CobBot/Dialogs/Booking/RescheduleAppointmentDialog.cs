using CobBot.Conversation;
using CobBot.Dialogs.Main;
using CobBot.Framework.Builder;
using CobBot.Framework.Dialogs;
using CobBot.Framework.Dialogs.Choices;
using CobBot.Recognition;
using CobBot.Scheduling;
using CobBot.Scheduling.Catalog;
using Microsoft.Extensions.Options;

namespace CobBot.Dialogs.Booking;

/// <summary>
/// Moves the customer's appointment: finds it by confirmation code and email (<see cref="FindAppointmentDialog"/>),
/// explains the 2-hour rule when it is too late, asks for the new day (unless given), offers the real free times of
/// that day (or the nearest ones to a wanted time that is taken), confirms, then reschedules (the updated invite goes
/// through the outbox). Begin it with an <see cref="AppointmentRequest"/>; it ends with the moved
/// <see cref="AppointmentDetails"/>, or null. A retried turn finds the appointment already at the new time and
/// reports it done instead of moving it again.
/// </summary>
public sealed partial class RescheduleAppointmentDialog : CobBotComponentDialog
{
    private const string FlowId = nameof(RescheduleAppointmentDialog) + ".flow";
    private const string DatePromptId = nameof(RescheduleAppointmentDialog) + ".date";
    private const string SlotPromptId = nameof(RescheduleAppointmentDialog) + ".slot";
    private const string ConfirmPromptId = nameof(RescheduleAppointmentDialog) + ".confirm";
    private const string ServiceKey = "service";
    private const string ZoneKey = "zone";
    private const string FromKey = "from";

    private readonly AppointmentChangeService _appointments;
    private readonly SlotOffers _slots;
    private readonly SchedulingCatalog _catalog;
    private readonly AppointmentChangeWindow _window;

    /// <summary>Creates the dialog with id <c>RescheduleAppointmentDialog</c>.</summary>
    public RescheduleAppointmentDialog(
        AppointmentChangeService appointments, SlotOffers slots, SchedulingCatalog catalog, SchedulingTimeZones zones,
        IEntityExtractor extractor, AppointmentChangeWindow window, FindAppointmentDialog find, TurnRecognizer turns, IOptions<BotOptions> options)
        : base(nameof(RescheduleAppointmentDialog), turns, options.Value.InterruptionScore)
    {
        _appointments = appointments;
        _slots = slots;
        _catalog = catalog;
        _window = window;
        AddDialog(new WaterfallDialog(FlowId, [FindStepAsync, DateStepAsync, SlotStepAsync, ConfirmStepAsync, MoveStepAsync]));
        AddDialog(find);
        AddDialog(new DatePrompt(DatePromptId, extractor, zones));
        AddDialog(new SlotPrompt(SlotPromptId, extractor, zones));
        AddDialog(new ConfirmPrompt(ConfirmPromptId));
        InitialDialogId = FlowId;
    }

    /// <inheritdoc />
    protected override string HelpText => AppointmentTexts.Help;

    /// <summary>Starts with the given <see cref="AppointmentRequest"/>, or an empty one (everything is asked).</summary>
    protected override Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken = default) =>
        base.OnBeginDialogAsync(innerDc, options as AppointmentRequest ?? new AppointmentRequest(), cancellationToken);

    private static Task<DialogTurnResult> FindStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var request = Request(step);
        return step.BeginDialogAsync(nameof(FindAppointmentDialog),
            new AppointmentRequest { ConfirmationCode = request.ConfirmationCode, Email = request.Email }, cancellationToken);
    }

    private async Task<DialogTurnResult> DateStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not AppointmentDetails appointment) return await step.EndDialogAsync(null, cancellationToken);
        var zone = AppointmentChangeWindow.ZoneFor(step.Context.Activity, appointment);
        if (_window.Refusal(appointment, "move", zone) is { } refusal)
        {
            await step.Context.SendActivityAsync(refusal, cancellationToken: cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }
        var request = Request(step);
        (request.ConfirmationCode, request.Email) = (appointment.ConfirmationCode, appointment.Email);
        step.Values[ServiceKey] = appointment.Service;
        step.Values[ZoneKey] = zone.Id;
        step.Values[FromKey] = AppointmentChangeWindow.When(appointment, zone);
        if (request.Date is not null) return await step.NextAsync(null, cancellationToken);
        return await step.PromptAsync(DatePromptId, new PromptOptions
        {
            Prompt = MessageFactory.Text(AppointmentTexts.NewDayQuestion),
            RetryPrompt = MessageFactory.Text(BookingTexts.DateRetry),
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> ConfirmStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var request = Request(step);
        if (step.Result is FoundChoice picked)
        {
            if (SlotChoices.Start(picked.Value) is not { } start)
            {
                (request.Date, request.Time) = (null, null);
                return await step.ReplaceDialogAsync(FlowId, request, cancellationToken);
            }
            (request.Date, request.Time) = (DateOnly.FromDateTime(start.DateTime), TimeOnly.FromDateTime(start.DateTime));
        }
        var question = AppointmentTexts.MoveQuestion(step.Values.Get<string>(ServiceKey)!, step.Values.Get<string>(FromKey)!, NewWhen(step, request));
        return await step.PromptAsync(ConfirmPromptId, new PromptOptions
        {
            Prompt = MessageFactory.Text(question),
            RetryPrompt = MessageFactory.Text($"Please answer yes or no. {question}"),
        }, cancellationToken);
    }

    private AppointmentType? Service(WaterfallStepContext step) => _catalog.FindType(step.Values.Get<string>(ServiceKey));

    private static TimeZoneInfo Zone(WaterfallStepContext step) => SchedulingTimeZones.Find(step.Values.Get<string>(ZoneKey))!;

    private static AppointmentRequest Request(WaterfallStepContext step) =>
        step.GetOptions<AppointmentRequest>() ?? throw new InvalidOperationException($"{nameof(RescheduleAppointmentDialog)} runs without {nameof(AppointmentRequest)}.");
}
