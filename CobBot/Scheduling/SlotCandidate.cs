using CobBot.Scheduling.Catalog;

namespace CobBot.Scheduling;

/// <summary>A time a staff member could run an appointment type by their calendar, ignoring bookings.</summary>
internal sealed record SlotCandidate(StaffMember Staff, DateTime StartUtc, DateTime EndUtc, Holiday? Holiday);
