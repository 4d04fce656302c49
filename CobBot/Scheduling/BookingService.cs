using CobBot.Data;
using CobBot.Email;
using CobBot.Scheduling.Notifications;
using CobBot.Scheduling.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CobBot.Scheduling;

/// <summary>
/// Books appointments. Inside one SQLite write transaction it picks a free qualified staff member, stores the
/// appointment with the slot cells it claims and queues the confirmation email in the outbox. The claim table's
/// key makes a double booking impossible even if two requests race; a losing request is retried once more
/// against fresh data and then answered with <see cref="BookingStatus.SlotTaken"/> and the nearest free slots.
/// </summary>
/// <remarks>
/// "One slot" is one staff member's time. A start time stays on offer while any qualified person is free, so
/// N concurrent requests for the same time yield as many bookings as there are free qualified staff, and
/// <see cref="BookingStatus.SlotTaken"/> for the rest.
/// </remarks>
public sealed class BookingService
{
    private const int MaxAttempts = 3;

    private readonly IDbContextFactory<CobBotDbContext> _contextFactory;
    private readonly BookingValidator _validator;
    private readonly SlotPlanner _planner;
    private readonly AvailabilityService _availability;
    private readonly AppointmentEmailComposer _emails;
    private readonly AppointmentMapper _mapper;
    private readonly EmailOutbox _outbox;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<BookingService> _logger;

    internal BookingService(
        IDbContextFactory<CobBotDbContext> contextFactory, BookingValidator validator, SlotPlanner planner, AvailabilityService availability,
        AppointmentEmailComposer emails, AppointmentMapper mapper, EmailOutbox outbox, TimeProvider timeProvider, ILogger<BookingService> logger)
    {
        _contextFactory = contextFactory;
        _validator = validator;
        _planner = planner;
        _availability = availability;
        _emails = emails;
        _mapper = mapper;
        _outbox = outbox;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    /// <summary>
    /// The problems of <paramref name="request"/> by <see cref="BookingFields"/> key, empty when it could be booked now
    /// (whether the slot is still free is only known when booking). For checking collected details before confirming.
    /// </summary>
    public IReadOnlyDictionary<string, string[]> Validate(BookingRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        _validator.Validate(request, errors);
        return errors;
    }

    /// <summary>Validates and books <paramref name="request"/>.</summary>
    public async Task<BookingResult> BookAsync(BookingRequest request, CancellationToken cancellationToken = default)
    {
        var errors = new Dictionary<string, string[]>();
        if (_validator.Validate(request, errors) is not { } booking)
            return BookingResult.Invalid(errors);

        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            await using var db = await _contextFactory.CreateDbContextAsync(cancellationToken);
            // SQLite: BEGIN IMMEDIATE, so concurrent bookings queue here and each sees the previous one's claims.
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var slot = await FindOpenSlotAsync(db, booking, cancellationToken);
            if (slot is null) break;

            var appointment = NewAppointment(booking, slot.Choose().Id);
            db.Appointments.Add(appointment);
            _outbox.Add(db, _emails.Compose(appointment, AppointmentEmailKind.Booked));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
            catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
            {
                _logger.LogInformation("Booking attempt {Attempt} lost a race for {Service} at {StartUtc:o}", attempt, booking.Type.Name, booking.StartUtc);
                continue;
            }

            _outbox.Notify();
            _logger.LogInformation("Booked appointment {AppointmentId}: {Service} at {StartUtc:o} with {StaffId}",
                appointment.Id, appointment.Service, appointment.StartUtc, appointment.StaffId);
            return BookingResult.Booked(_mapper.ToDetails(appointment));
        }

        _logger.LogInformation("Slot taken: {Service} at {StartUtc:o}", booking.Type.Name, booking.StartUtc);
        var alternatives = await _availability.FindNearestAsync(booking.Type, new DateTimeOffset(booking.StartUtc), booking.Zone, cancellationToken);
        return BookingResult.SlotTaken(alternatives);
    }

    private async Task<OpenSlot?> FindOpenSlotAsync(CobBotDbContext db, ValidBooking booking, CancellationToken cancellationToken)
    {
        var candidates = _planner.Candidates(booking.Type, booking.StartUtc, booking.StartUtc.AddTicks(1)).ToList();
        var open = await _availability.OpenSlotsAsync(db, candidates, ignoring: null, cancellationToken);
        return open.SingleOrDefault();
    }

    private Appointment NewAppointment(ValidBooking booking, string staffId)
    {
        var now = _timeProvider.GetUtcNow().UtcDateTime;
        var appointment = new Appointment
        {
            Id = Guid.NewGuid(),
            ConfirmationCode = ConfirmationCode.New(),
            Service = booking.Type.Name,
            StaffId = staffId,
            StartUtc = booking.StartUtc,
            EndUtc = booking.StartUtc + booking.Type.Duration,
            CustomerName = booking.Name,
            Email = booking.Email,
            EmailNormalized = booking.Email.ToLowerInvariant(),
            Phone = booking.Phone,
            Requirements = booking.Requirements,
            CustomerTimeZone = booking.TimeZoneId,
            Status = AppointmentStatus.Booked,
            CreatedUtc = now,
            UpdatedUtc = now,
        };
        appointment.Claims.AddRange(AppointmentSlotClaim.Cover(appointment.Id, staffId, appointment.StartUtc, appointment.EndUtc));
        return appointment;
    }
}
