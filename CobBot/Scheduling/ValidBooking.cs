using CobBot.Scheduling.Catalog;

namespace CobBot.Scheduling;

/// <summary>A <see cref="BookingRequest"/> that passed every check, normalised.</summary>
internal sealed record ValidBooking(
    AppointmentType Type, DateTime StartUtc, TimeZoneInfo Zone, string? TimeZoneId, string Name, string Email, string Phone, string? Requirements);
