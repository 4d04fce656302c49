namespace CobBot.Scheduling;

/// <summary>Outcome of <see cref="BookingService.BookAsync"/>.</summary>
public enum BookingStatus
{
    /// <summary>Saved; the confirmation email is in the outbox.</summary>
    Booked,

    /// <summary>Every qualified staff member is taken at that time; nearest free slots are offered.</summary>
    SlotTaken,

    /// <summary>One or more fields are wrong; see <see cref="BookingResult.Errors"/>.</summary>
    Invalid,
}
