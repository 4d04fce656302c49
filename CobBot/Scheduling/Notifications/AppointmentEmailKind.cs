namespace CobBot.Scheduling.Notifications;

/// <summary>Which appointment email to write; each has its own template and iCalendar method.</summary>
public enum AppointmentEmailKind
{
    /// <summary>New booking: METHOD:REQUEST.</summary>
    Booked,

    /// <summary>Moved to a new time: METHOD:REQUEST with a higher SEQUENCE.</summary>
    Rescheduled,

    /// <summary>Cancelled: METHOD:CANCEL, same UID.</summary>
    Cancelled,
}
