using CobBot.Conversation;
using CobBot.Dialogs.Main;
using CobBot.Framework.Dialogs;
using CobBot.Scheduling;
using CobBot.Scheduling.Catalog;
using Microsoft.Extensions.Options;

namespace CobBot.Dialogs.Booking;

/// <summary>
/// Moves the customer's appointment: finds it by confirmation code and email (<see cref="FindAppointmentDialog"/>),
/// explains the 2-hour rule when it is too late, picks the new day and time from the real free slots
/// (<see cref="PickSlotDialog"/>), confirms, then reschedules (the updated invite goes
/// through the outbox). Begin it with an <see cref="AppointmentRequest"/>; it ends with the moved
/// <see cref="AppointmentDetails"/>, or null. A retried turn finds the appointment already at the new time and
/// reports it done instead of moving it again.
/// </summary>
public sealed partial class RescheduleAppointmentDialog : CobBotComponentDialog
{
    private const string FlowId = nameof(RescheduleAppointmentDialog) + ".flow";
    private const string ConfirmPromptId = nameof(RescheduleAppointmentDialog) + ".confirm";
    private const string ServiceKey = "service";
    private const string ZoneKey = "zone";
    private const string FromKey = "from";

    private readonly AppointmentChangeService _appointments;
    private readonly SchedulingCatalog _catalog;

    /// <summary>Creates the dialog with id <c>RescheduleAppointmentDialog</c>.</summary>
    public RescheduleAppointmentDialog(
        AppointmentChangeService appointments, SchedulingCatalog catalog, AppointmentChangeWindow window, FindAppointmentDialog find,
        PickSlotDialog pickSlot, TurnRecognizer turns, IOptions<BotOptions> options)
        : base(nameof(RescheduleAppointmentDialog), turns, options.Value.InterruptionScore)
    {
        _appointments = appointments;
        _catalog = catalog;
        AddDialog(new WaterfallDialog(FlowId, [FindStepAsync, window.ChangeableStep("move"), SlotStepAsync, ConfirmStepAsync, MoveStepAsync]));
        AddDialog(find);
        AddDialog(pickSlot);
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

    /// <summary>Picks the new slot, in the customer's zone.</summary>
    private static Task<DialogTurnResult> SlotStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var appointment = (AppointmentDetails)step.Result!;
        var zone = AppointmentChangeWindow.ZoneFor(step.Context.Activity, appointment);
        var request = Request(step);
        (request.ConfirmationCode, request.Email) = (appointment.ConfirmationCode, appointment.Email);
        step.Values[ServiceKey] = appointment.Service;
        step.Values[ZoneKey] = zone.Id;
        step.Values[FromKey] = AppointmentChangeWindow.When(appointment, zone);
        return step.BeginDialogAsync(nameof(PickSlotDialog), new PickSlotOptions
        {
            Service = appointment.Service,
            TimeZone = zone.Id,
            DayQuestion = AppointmentTexts.NewDayQuestion,
            Date = request.Date,
            Time = request.Time,
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> ConfirmStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not PickedSlot slot)
        {
            await step.Context.SendActivityAsync(AppointmentTexts.NoLongerOffered, cancellationToken: cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }
        var request = Request(step);
        (request.Date, request.Time) = (slot.Date, slot.Time);
        var question = AppointmentTexts.MoveQuestion(step.Values.Get<string>(ServiceKey)!, step.Values.Get<string>(FromKey)!, NewWhen(step, request));
        return await step.PromptAsync(ConfirmPromptId, Questions.YesNo(question), cancellationToken);
    }

    private AppointmentType? Service(WaterfallStepContext step) => _catalog.FindType(step.Values.Get<string>(ServiceKey));

    private static TimeZoneInfo Zone(WaterfallStepContext step) => SchedulingTimeZones.Find(step.Values.Get<string>(ZoneKey))!;

    private static AppointmentRequest Request(WaterfallStepContext step) =>
        step.GetOptions<AppointmentRequest>() ?? throw new InvalidOperationException($"{nameof(RescheduleAppointmentDialog)} runs without {nameof(AppointmentRequest)}.");
}
