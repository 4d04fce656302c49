using CobBot.Recognition;

namespace CobBot.Dialogs.Booking;

/// <summary>
/// The options of <see cref="CancelAppointmentDialog"/>, <see cref="RescheduleAppointmentDialog"/> and
/// <see cref="AppointmentStatusDialog"/>: what identifies the appointment and, for a reschedule, the new day and time
/// when the customer already said them ("move COB-7K3M9Q to Friday at 2pm"). Kept in the dialog state between turns.
/// </summary>
public sealed class AppointmentRequest
{
    /// <summary>The confirmation code, e.g. <c>COB-7K3M9Q</c>.</summary>
    public string? ConfirmationCode { get; set; }

    /// <summary>The email address the appointment was booked with.</summary>
    public string? Email { get; set; }

    /// <summary>The new date (reschedule), in the customer's zone.</summary>
    public DateOnly? Date { get; set; }

    /// <summary>The new start time (reschedule), in the customer's zone.</summary>
    public TimeOnly? Time { get; set; }

    /// <summary>How many times the code and email matched no appointment.</summary>
    public int FailedLookups { get; set; }

    /// <summary>A request pre-filled from a recognizer's entities (confirmation code, email, date, time).</summary>
    public static AppointmentRequest From(RecognizedEntities entities)
    {
        ArgumentNullException.ThrowIfNull(entities);
        return new AppointmentRequest { ConfirmationCode = entities.ConfirmationCode, Email = entities.Email, Date = entities.Date, Time = entities.Time };
    }
}
