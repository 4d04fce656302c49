using CobBot.Scheduling;

namespace CobBot.Dialogs.Booking;

/// <summary>What the cancel, reschedule and status dialogs say.</summary>
public static class AppointmentTexts
{
    public const string Help =
        "I'm looking after your appointment. Answer the question below, or say **cancel** to stop, or **talk to a person** to reach our team.";
    public const string CodeQuestion = "What's your confirmation code? It looks like COB-7K3M9Q and is in your confirmation email.";
    public const string CodeRetry = "That doesn't look like a confirmation code. It starts with COB- and has six letters and digits, like COB-7K3M9Q.";
    public const string EmailQuestion = "And the email address you booked with?";
    public const string EmailRetry = "That doesn't look like an email address. Please enter one like name@example.com.";
    public const string NotFoundRetry = "I couldn't find an appointment with that confirmation code and email address. Let's try again.";
    public const string NewDayQuestion = "What day would you like to move it to?";
    public const string KeptBooked = "Okay, I've left your appointment as it is.";
    public const string JustTaken = "Sorry, that time was just taken by someone else.";
    public const string NoLongerOffered = "We no longer offer this type of appointment, so it can't be moved. Please book a new one or call us.";

    /// <summary>The lookup failed twice.</summary>
    public static string NotFound(string phone) =>
        $"I still couldn't find that appointment. Please check the confirmation email, or call us at {phone} and we'll look it up for you.";

    /// <summary>The appointment was cancelled before.</summary>
    public static string AlreadyCancelled(string code) => $"Appointment {code} is already cancelled.";

    /// <summary>The 2-hour rule, explained.</summary>
    public static string TooLate(string verb, int hours, string deadline, string phone) =>
        $"Free cancellation and changes end {hours} hours before the start, which for this appointment was {deadline}. " +
        $"So I can't {verb} it here. Please call us at {phone} and we'll help.";

    /// <summary>The appointment is over.</summary>
    public const string AlreadyTookPlace = "This appointment has already taken place.";

    /// <summary>Asking before cancelling.</summary>
    public static string CancelQuestion(string service, string when, string code) => $"Cancel your {service} on {when} ({code})?";

    /// <summary>Cancelled.</summary>
    public static string Cancelled(string service, string when, string email) =>
        $"Your {service} on {when} is cancelled. We've emailed a cancellation to {email}.";

    /// <summary>Asking before moving.</summary>
    public static string MoveQuestion(string service, string from, string to) => $"Move your {service} from {from} to {to}?";

    /// <summary>Moved.</summary>
    public static string Moved(string service, string when, string email) =>
        $"Done! Your {service} is now on {when}. An updated calendar invite was sent to {email}.";

    /// <summary>The status line.</summary>
    public static string Status(AppointmentDetails appointment, string when) => appointment.Status == AppointmentStatus.Cancelled
        ? $"Your {appointment.Service} on {when} ({appointment.ConfirmationCode}) was cancelled."
        : $"Your {appointment.Service} on {when} ({appointment.ConfirmationCode}) is booked with {appointment.StaffName}.";
}
