namespace CobBot.Dialogs.Booking;

/// <summary>The free slot <see cref="PickSlotDialog"/> ends with: its date and start time in the zone it was offered in.</summary>
/// <param name="Date">The date.</param>
/// <param name="Time">The start time.</param>
public sealed record PickedSlot(DateOnly Date, TimeOnly Time);
