namespace CobBot.Scheduling;

/// <summary>What happened to a booking request.</summary>
/// <param name="Status">The outcome.</param>
/// <param name="Appointment">The new appointment when <see cref="BookingStatus.Booked"/>.</param>
/// <param name="Alternatives">Nearest free slots when <see cref="BookingStatus.SlotTaken"/>.</param>
/// <param name="Errors">Problems by <see cref="BookingFields"/> key when <see cref="BookingStatus.Invalid"/>.</param>
public sealed record BookingResult(
    BookingStatus Status, AppointmentDetails? Appointment, IReadOnlyList<FreeSlot> Alternatives, IReadOnlyDictionary<string, string[]> Errors)
{
    private static readonly IReadOnlyDictionary<string, string[]> Empty = new Dictionary<string, string[]>();

    internal static BookingResult Booked(AppointmentDetails appointment) => new(BookingStatus.Booked, appointment, [], Empty);

    internal static BookingResult SlotTaken(IReadOnlyList<FreeSlot> alternatives) => new(BookingStatus.SlotTaken, null, alternatives, Empty);

    internal static BookingResult Invalid(IDictionary<string, string[]> errors) =>
        new(BookingStatus.Invalid, null, [], new Dictionary<string, string[]>(errors));
}
