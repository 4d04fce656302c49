namespace CobBot.Scheduling;

/// <summary>Lifecycle of an appointment.</summary>
public enum AppointmentStatus
{
    /// <summary>Booked and holding its staff member's time.</summary>
    Booked,

    /// <summary>Cancelled; its time is free again.</summary>
    Cancelled,
}
