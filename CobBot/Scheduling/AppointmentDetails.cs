namespace CobBot.Scheduling;

/// <summary>An appointment as shown to the customer or an agent; times are in <see cref="TimeZone"/>.</summary>
/// <param name="Id">Appointment id (also the calendar UID's local part).</param>
/// <param name="ConfirmationCode">E.g. <c>COB-7K3M9Q</c>.</param>
/// <param name="Service">Appointment type name.</param>
/// <param name="StaffName">Who runs it.</param>
/// <param name="Start">Start, with the offset of <paramref name="TimeZone"/>.</param>
/// <param name="End">End, with the offset of <paramref name="TimeZone"/>.</param>
/// <param name="TimeZone">The customer's zone when known, the business zone otherwise.</param>
/// <param name="Status">Booked or cancelled.</param>
/// <param name="CustomerName">Customer's name.</param>
/// <param name="Email">Customer's email.</param>
/// <param name="Phone">Customer's phone, E.164.</param>
/// <param name="Requirements">Customer's notes, if any.</param>
/// <param name="FreeCancellationUntil">Last moment the customer may cancel or reschedule (start minus 2 hours).</param>
/// <param name="Sequence">iCalendar SEQUENCE of the latest invite.</param>
public sealed record AppointmentDetails(
    Guid Id,
    string ConfirmationCode,
    string Service,
    string StaffName,
    DateTimeOffset Start,
    DateTimeOffset End,
    TimeZoneInfo TimeZone,
    AppointmentStatus Status,
    string CustomerName,
    string Email,
    string Phone,
    string? Requirements,
    DateTimeOffset FreeCancellationUntil,
    int Sequence);
