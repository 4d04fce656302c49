namespace CobBot.Scheduling;

/// <summary>Where an appointment stands against the customers' free-change window (<see cref="AppointmentChangeRule"/>).</summary>
public enum ChangeWindowState
{
    /// <summary>Booked, and the customer may still cancel or move it free of charge.</summary>
    Open,

    /// <summary>Already cancelled.</summary>
    Cancelled,

    /// <summary>It has ended.</summary>
    Ended,

    /// <summary>Booked, but past <see cref="AppointmentDetails.FreeCancellationUntil"/>: changes go through the phone.</summary>
    Closed,
}
