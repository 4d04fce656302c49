namespace CobBot.Scheduling;

/// <summary>Outcome of a cancel or reschedule.</summary>
public enum ChangeStatus
{
    /// <summary>Done; the update email is in the outbox.</summary>
    Done,

    /// <summary>No appointment with that confirmation code and email (or id).</summary>
    NotFound,

    /// <summary>The appointment was already cancelled.</summary>
    AlreadyCancelled,

    /// <summary>Too close to (or past) the start; <see cref="AppointmentChangeResult.Reason"/> says why and what to do.</summary>
    TooLate,

    /// <summary>The new time is taken; nearest free slots are offered.</summary>
    SlotTaken,

    /// <summary>The new date or time is not bookable; see <see cref="AppointmentChangeResult.Errors"/>.</summary>
    Invalid,
}
