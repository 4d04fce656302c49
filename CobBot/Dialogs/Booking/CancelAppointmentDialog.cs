using CobBot.Conversation;
using CobBot.Dialogs.Main;
using CobBot.Framework.Dialogs;
using CobBot.Scheduling;
using Microsoft.Extensions.Options;

namespace CobBot.Dialogs.Booking;

/// <summary>
/// Cancels the customer's appointment: finds it by confirmation code and email (<see cref="FindAppointmentDialog"/>),
/// explains the 2-hour rule when it is too late, asks for confirmation, then cancels (the cancellation email goes
/// through the outbox). Begin it with an <see cref="AppointmentRequest"/>; it ends with the cancelled
/// <see cref="AppointmentDetails"/>, or null. A retried turn is harmless: the appointment is already cancelled then,
/// which is what the customer asked for.
/// </summary>
public sealed class CancelAppointmentDialog : CobBotComponentDialog
{
    private const string FlowId = nameof(CancelAppointmentDialog) + ".flow";
    private const string ConfirmPromptId = nameof(CancelAppointmentDialog) + ".confirm";
    private const string CodeKey = "code";
    private const string EmailKey = "email";

    private readonly AppointmentChangeService _appointments;

    /// <summary>Creates the dialog with id <c>CancelAppointmentDialog</c>.</summary>
    public CancelAppointmentDialog(AppointmentChangeService appointments, AppointmentChangeWindow window, FindAppointmentDialog find, TurnRecognizer turns, IOptions<BotOptions> options)
        : base(nameof(CancelAppointmentDialog), turns, options.Value.InterruptionScore)
    {
        _appointments = appointments;
        AddDialog(new WaterfallDialog(FlowId, [FindAppointmentDialog.BeginStepAsync, window.ChangeableStep("cancel"), ConfirmStepAsync, CancelStepAsync]));
        AddDialog(find);
        AddDialog(new ConfirmPrompt(ConfirmPromptId));
        InitialDialogId = FlowId;
    }

    /// <inheritdoc />
    protected override string HelpText => AppointmentTexts.Help;

    private async Task<DialogTurnResult> ConfirmStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var appointment = (AppointmentDetails)step.Result!;
        var zone = AppointmentChangeWindow.ZoneFor(step.Context.Activity, appointment);
        step.Values[CodeKey] = appointment.ConfirmationCode;
        step.Values[EmailKey] = appointment.Email;
        var question = AppointmentTexts.CancelQuestion(appointment.Service, AppointmentChangeWindow.When(appointment, zone), appointment.ConfirmationCode);
        return await step.PromptAsync(ConfirmPromptId, Questions.YesNo(question), cancellationToken);
    }

    private async Task<DialogTurnResult> CancelStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not true)
        {
            await step.Context.SendActivityAsync(AppointmentTexts.KeptBooked, cancellationToken: cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }
        var result = await _appointments.CancelAsync(step.Values.Get<string>(CodeKey), step.Values.Get<string>(EmailKey), cancellationToken);
        var appointment = result.Appointment;
        var done = result.Status is ChangeStatus.Done or ChangeStatus.AlreadyCancelled && appointment is not null;
        var text = done
            ? AppointmentTexts.Cancelled(appointment!.Service, AppointmentChangeWindow.When(appointment, AppointmentChangeWindow.ZoneFor(step.Context.Activity, appointment)), appointment.Email)
            : result.Reason ?? AppointmentTexts.KeptBooked;
        await step.Context.SendActivityAsync(text, cancellationToken: cancellationToken);
        return await step.EndDialogAsync(done ? appointment : null, cancellationToken);
    }
}
