using CobBot.Framework.Dialogs;
using CobBot.Scheduling;

namespace CobBot.Dialogs.Booking;

public sealed partial class RescheduleAppointmentDialog
{
    /// <summary>
    /// Moves the appointment once confirmed. When it already starts at the new time, a previous attempt of this very
    /// turn moved it (the framework re-runs a turn after a state conflict), so that is reported instead of an error.
    /// </summary>
    private async Task<DialogTurnResult> MoveStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var request = Request(step);
        if (step.Result is not true)
        {
            await step.Context.SendActivityAsync(AppointmentTexts.KeptBooked, cancellationToken: cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var zone = Zone(step);
        var newStart = SchedulingTimeZones.ToUtc(request.Date!.Value, request.Time!.Value, zone);
        var current = await _appointments.FindAsync(request.ConfirmationCode, request.Email, cancellationToken);
        var result = current is { Status: AppointmentStatus.Booked } && current.Start.UtcDateTime == newStart
            ? null
            : await _appointments.RescheduleAsync(request.ConfirmationCode, request.Email, request.Date.Value, request.Time.Value,
                SchedulingTimeZones.Find(step.Context.Activity.LocalTimezone)?.Id, cancellationToken);
        var moved = result is null ? current : result.Status == ChangeStatus.Done ? result.Appointment : null;
        if (moved is not null)
        {
            await step.Context.SendActivityAsync(AppointmentTexts.Moved(moved.Service, AppointmentChangeWindow.When(moved, zone), moved.Email), cancellationToken: cancellationToken);
            return await step.EndDialogAsync(moved, cancellationToken);
        }

        switch (result!.Status)
        {
            case ChangeStatus.SlotTaken:
                await step.Context.SendActivityAsync(AppointmentTexts.JustTaken, cancellationToken: cancellationToken);
                return await step.ReplaceDialogAsync(FlowId, request, cancellationToken);
            case ChangeStatus.Invalid:
                await step.Context.SendActivityAsync(string.Join(" ", result.Errors.SelectMany(e => e.Value)), cancellationToken: cancellationToken);
                (request.Date, request.Time) = (null, null);
                return await step.ReplaceDialogAsync(FlowId, request, cancellationToken);
            default:
                await step.Context.SendActivityAsync(result.Reason ?? AppointmentTexts.KeptBooked, cancellationToken: cancellationToken);
                return await step.EndDialogAsync(null, cancellationToken);
        }
    }

    private string NewWhen(WaterfallStepContext step, AppointmentRequest request) =>
        SchedulingText.Range(request.Date!.Value, request.Time!.Value, Service(step)!.Duration, Zone(step));
}
