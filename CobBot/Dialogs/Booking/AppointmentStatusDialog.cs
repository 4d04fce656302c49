using CobBot.Cards;
using CobBot.Conversation;
using CobBot.Dialogs.Main;
using CobBot.Framework.Dialogs;
using CobBot.Scheduling;
using Microsoft.Extensions.Options;


namespace CobBot.Dialogs.Booking;

/// <summary>
/// Tells the customer where their appointment stands: finds it by confirmation code and email
/// (<see cref="FindAppointmentDialog"/>) and sends a status card (service, time in the customer's zone, staff, status
/// and until when it can be changed free of charge). Begin it with an <see cref="AppointmentRequest"/>; it ends with
/// the <see cref="AppointmentDetails"/>, or null when none was found.
/// </summary>
public sealed class AppointmentStatusDialog : CobBotComponentDialog
{
    private const string FlowId = nameof(AppointmentStatusDialog) + ".flow";

    private readonly AppointmentChangeWindow _window;

    /// <summary>Creates the dialog with id <c>AppointmentStatusDialog</c>.</summary>
    public AppointmentStatusDialog(AppointmentChangeWindow window, FindAppointmentDialog find, TurnRecognizer turns, IOptions<BotOptions> options)
        : base(nameof(AppointmentStatusDialog), turns, options.Value.InterruptionScore)
    {
        _window = window;
        AddDialog(new WaterfallDialog(FlowId, [FindAppointmentDialog.BeginStepAsync, ReportStepAsync]));
        AddDialog(find);
        InitialDialogId = FlowId;
    }

    /// <inheritdoc />
    protected override string HelpText => AppointmentTexts.Help;

    private async Task<DialogTurnResult> ReportStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not AppointmentDetails appointment) return await step.EndDialogAsync(null, cancellationToken);
        var zone = AppointmentChangeWindow.ZoneFor(step.Context.Activity, appointment);
        var when = AppointmentChangeWindow.When(appointment, zone);
        var booked = appointment.Status == AppointmentStatus.Booked;
        var changes = !booked ? null
            : _window.IsOpen(appointment) ? $"You can cancel or reschedule free of charge until {SchedulingText.DateTime(appointment.FreeCancellationUntil, zone)}."
            : _window.Refusal(appointment, "change", zone);
        var message = $"{AppointmentTexts.Status(appointment, when)} {changes}".TrimEnd();
        List<CardFact> facts =
        [
            new("Confirmation code", appointment.ConfirmationCode),
            new("Service", appointment.Service),
            new("When", when),
            new("With", appointment.StaffName),
            new("Status", booked ? "Booked" : "Cancelled"),
        ];
        var card = BookingCards.Status($"Appointment {appointment.ConfirmationCode}", message, facts, good: booked, message);
        await step.Context.SendActivityAsync(BookingCards.ToActivity(card, message), cancellationToken);
        return await step.EndDialogAsync(appointment, cancellationToken);
    }
}
