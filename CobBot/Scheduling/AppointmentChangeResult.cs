namespace CobBot.Scheduling;

/// <summary>What happened to a cancel or reschedule request.</summary>
/// <param name="Status">The outcome.</param>
/// <param name="Appointment">The appointment after the change, or as it stands when the change was refused (null when not found).</param>
/// <param name="Reason">Customer-facing explanation when refused.</param>
/// <param name="Alternatives">Nearest free slots when <see cref="ChangeStatus.SlotTaken"/>.</param>
/// <param name="Errors">Problems by <see cref="BookingFields"/> key when <see cref="ChangeStatus.Invalid"/>.</param>
public sealed record AppointmentChangeResult(
    ChangeStatus Status,
    AppointmentDetails? Appointment,
    string? Reason,
    IReadOnlyList<FreeSlot> Alternatives,
    IReadOnlyDictionary<string, string[]> Errors)
{
    private static readonly IReadOnlyDictionary<string, string[]> NoErrors = new Dictionary<string, string[]>();

    internal static AppointmentChangeResult Done(AppointmentDetails appointment) => new(ChangeStatus.Done, appointment, null, [], NoErrors);

    internal static AppointmentChangeResult NotFound() =>
        new(ChangeStatus.NotFound, null, "No appointment matches that confirmation code and email address.", [], NoErrors);

    internal static AppointmentChangeResult Refused(ChangeStatus status, AppointmentDetails appointment, string reason) =>
        new(status, appointment, reason, [], NoErrors);

    internal static AppointmentChangeResult SlotTaken(AppointmentDetails appointment, IReadOnlyList<FreeSlot> alternatives) =>
        new(ChangeStatus.SlotTaken, appointment, "That time has just been taken.", alternatives, NoErrors);

    internal static AppointmentChangeResult Invalid(AppointmentDetails appointment, IDictionary<string, string[]> errors) =>
        new(ChangeStatus.Invalid, appointment, null, [], new Dictionary<string, string[]>(errors));
}
