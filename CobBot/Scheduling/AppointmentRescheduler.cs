using CobBot.Data;
using CobBot.Email;
using CobBot.Scheduling.Catalog;
using CobBot.Scheduling.Notifications;
using CobBot.Scheduling.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CobBot.Scheduling;

/// <summary>
/// Moves a booked appointment inside the caller's transaction: validates the new time with the booking rules,
/// claims the new cells (keeping the same person when free), then releases the old ones, bumps SEQUENCE and
/// queues the updated invite.
/// </summary>
internal sealed class AppointmentRescheduler(
    SchedulingCatalog catalog,
    SchedulingTimeZones zones,
    BookingValidator validator,
    SlotPlanner planner,
    AvailabilityService availability,
    AppointmentEmailComposer emails,
    AppointmentMapper mapper,
    EmailOutbox outbox,
    TimeProvider timeProvider,
    ILogger<AppointmentRescheduler> logger)
{
    public async Task<AppointmentChangeResult> MoveAsync(
        CobBotDbContext db, Appointment appointment, DateOnly date, TimeOnly time, string? timeZone, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var zone = timeZone is null ? zones.Resolve(appointment.CustomerTimeZone) : SchedulingTimeZones.Find(timeZone);
        if (zone is null)
            errors[BookingFields.TimeZone] = [$"Unknown time zone '{timeZone}'. Use an IANA name such as America/New_York."];
        var type = catalog.FindType(appointment.Service);
        if (type is null)
            errors[BookingFields.ServiceType] = [$"'{appointment.Service}' is no longer offered; please book a new appointment."];
        var start = zone is null || type is null ? null : validator.ValidateSlot(type, date, time, zone, errors);
        if (start == appointment.StartUtc)
            errors[BookingFields.PreferredTime] = ["That is already the time of this appointment."];
        if (errors.Count > 0 || start is null) return AppointmentChangeResult.Invalid(mapper.ToDetails(appointment), errors);

        var candidates = planner.Candidates(type!, start.Value, start.Value.AddTicks(1)).ToList();
        var slot = (await availability.OpenSlotsAsync(db, candidates, ignoring: appointment.Id, cancellationToken)).SingleOrDefault();
        if (slot is null) return await TakenAsync(db, appointment, type!, start.Value, zone!, cancellationToken);

        var previousStart = appointment.StartUtc;
        var staffId = slot.Choose(preferred: appointment.StaffId).Id;
        var claims = AppointmentSlotClaim.Cover(appointment.Id, staffId, start.Value, start.Value + type!.Duration).ToList();
        var released = appointment.Claims.Where(old => !claims.Any(c => Same(c, old))).ToList();
        // Claim first: if anyone holds one of the new cells the save fails before the old time is given up.
        db.AppointmentSlotClaims.AddRange(claims.Where(c => !appointment.Claims.Any(old => Same(c, old))));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
        {
            db.ChangeTracker.Clear();
            return await TakenAsync(db, appointment, type, start.Value, zone!, cancellationToken);
        }

        db.AppointmentSlotClaims.RemoveRange(released);
        appointment.StaffId = staffId;
        appointment.StartUtc = start.Value;
        appointment.EndUtc = start.Value + type.Duration;
        appointment.CustomerTimeZone = timeZone is null ? appointment.CustomerTimeZone : zone!.Id;
        appointment.Sequence++;
        appointment.UpdatedUtc = timeProvider.GetUtcNow().UtcDateTime;
        outbox.Add(db, emails.Compose(appointment, AppointmentEmailKind.Rescheduled, previousStart));
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Rescheduled appointment {AppointmentId} to {StartUtc:o} with {StaffId}", appointment.Id, appointment.StartUtc, staffId);
        return AppointmentChangeResult.Done(mapper.ToDetails(appointment));
    }

    private async Task<AppointmentChangeResult> TakenAsync(
        CobBotDbContext db, Appointment appointment, AppointmentType type, DateTime startUtc, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        var alternatives = await availability.FindNearestAsync(db, type, startUtc, zone, cancellationToken);
        return AppointmentChangeResult.SlotTaken(mapper.ToDetails(appointment), alternatives);
    }

    private static bool Same(AppointmentSlotClaim a, AppointmentSlotClaim b) => a.StaffId == b.StaffId && a.CellStartUtc == b.CellStartUtc;
}
