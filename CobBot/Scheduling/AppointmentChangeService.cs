using CobBot.Company;
using CobBot.Data;
using CobBot.Email;
using CobBot.Scheduling.Notifications;
using CobBot.Scheduling.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CobBot.Scheduling;

/// <summary>
/// Status, cancel and reschedule for customers (found by confirmation code + email, email case-insensitive) and
/// cancel for agents (by id). Customers may cancel or reschedule free of charge up to
/// <see cref="SchedulingOptions.FreeCancellationHours"/> before the start; later the bot refuses with
/// <see cref="ChangeStatus.TooLate"/> and the phone number, because a late change is the company's decision.
/// Agents can cancel until the appointment has ended. Every change writes its email to the outbox in the same
/// transaction.
/// </summary>
public sealed class AppointmentChangeService
{
    private readonly IDbContextFactory<CobBotDbContext> _contextFactory;
    private readonly AppointmentRescheduler _rescheduler;
    private readonly AppointmentEmailComposer _emails;
    private readonly AppointmentMapper _mapper;
    private readonly EmailOutbox _outbox;
    private readonly AppointmentChangeRule _rule;
    private readonly IOptionsMonitor<SchedulingOptions> _options;
    private readonly IOptionsMonitor<CompanyOptions> _company;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<AppointmentChangeService> _logger;

    internal AppointmentChangeService(
        IDbContextFactory<CobBotDbContext> contextFactory, AppointmentRescheduler rescheduler, AppointmentEmailComposer emails,
        AppointmentMapper mapper, EmailOutbox outbox, AppointmentChangeRule rule, IOptionsMonitor<SchedulingOptions> options, IOptionsMonitor<CompanyOptions> company,
        TimeProvider timeProvider, ILogger<AppointmentChangeService> logger)
    {
        _contextFactory = contextFactory;
        _rescheduler = rescheduler;
        _emails = emails;
        _mapper = mapper;
        _outbox = outbox;
        _rule = rule;
        _options = options;
        _company = company;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    /// <summary>The appointment with <paramref name="confirmationCode"/> booked under <paramref name="email"/>, or null.</summary>
    public async Task<AppointmentDetails?> FindAsync(string? confirmationCode, string? email, CancellationToken cancellationToken = default)
    {
        await using var db = await _contextFactory.CreateDbContextAsync(cancellationToken);
        var appointment = await FindAsync(db, confirmationCode, email, cancellationToken);
        return appointment is null ? null : _mapper.ToDetails(appointment);
    }

    /// <summary>Cancels the customer's appointment, subject to the free-cancellation rule.</summary>
    public Task<AppointmentChangeResult> CancelAsync(string? confirmationCode, string? email, CancellationToken cancellationToken = default) =>
        CancelAsync(db => FindAsync(db, confirmationCode, email, cancellationToken), byCustomer: true, cancellationToken);

    /// <summary>Cancels appointment <paramref name="id"/> for an agent: allowed until it has ended.</summary>
    public Task<AppointmentChangeResult> CancelByAgentAsync(Guid id, CancellationToken cancellationToken = default) =>
        CancelAsync(db => db.Appointments.Include(a => a.Claims).SingleOrDefaultAsync(a => a.Id == id, cancellationToken), byCustomer: false, cancellationToken);

    /// <summary>
    /// Moves the customer's appointment to <paramref name="date"/> at <paramref name="time"/> in <paramref name="timeZone"/>
    /// (default: the zone it was booked in). The new time is claimed before the old one is released, in one transaction.
    /// </summary>
    public async Task<AppointmentChangeResult> RescheduleAsync(
        string? confirmationCode, string? email, DateOnly date, TimeOnly time, string? timeZone = null, CancellationToken cancellationToken = default)
    {
        await using var db = await _contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var appointment = await FindAsync(db, confirmationCode, email, cancellationToken);
        if (Refusal(appointment, byCustomer: true) is { } refused) return refused;

        var result = await _rescheduler.MoveAsync(db, appointment!, date, time, timeZone, cancellationToken);
        if (result.Status != ChangeStatus.Done) return result;
        await transaction.CommitAsync(cancellationToken);
        _outbox.Notify();
        return result;
    }

    private async Task<AppointmentChangeResult> CancelAsync(
        Func<CobBotDbContext, Task<Appointment?>> find, bool byCustomer, CancellationToken cancellationToken)
    {
        await using var db = await _contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var appointment = await find(db);
        if (Refusal(appointment, byCustomer) is { } refused) return refused;

        appointment!.Status = AppointmentStatus.Cancelled;
        appointment.Sequence++;
        appointment.UpdatedUtc = _timeProvider.GetUtcNow().UtcDateTime;
        db.AppointmentSlotClaims.RemoveRange(appointment.Claims);
        _outbox.Add(db, _emails.Compose(appointment, AppointmentEmailKind.Cancelled));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        _outbox.Notify();
        _logger.LogInformation("Cancelled appointment {AppointmentId}", appointment.Id);
        return AppointmentChangeResult.Done(_mapper.ToDetails(appointment));
    }

    /// <summary>
    /// Why <paramref name="appointment"/> cannot be changed (<see cref="AppointmentChangeRule"/>), or null: a customer
    /// is held to the free-change window, an agent only to the appointment not having ended.
    /// </summary>
    private AppointmentChangeResult? Refusal(Appointment? appointment, bool byCustomer)
    {
        if (appointment is null) return AppointmentChangeResult.NotFound();
        var details = _mapper.ToDetails(appointment);
        return _rule.Check(details) switch
        {
            ChangeWindowState.Cancelled => AppointmentChangeResult.Refused(ChangeStatus.AlreadyCancelled, details, "This appointment is already cancelled."),
            ChangeWindowState.Ended => AppointmentChangeResult.Refused(ChangeStatus.TooLate, details, "This appointment has already taken place."),
            ChangeWindowState.Closed when byCustomer => AppointmentChangeResult.Refused(ChangeStatus.TooLate, details, TooLateReason(details)),
            _ => null,
        };
    }

    private string TooLateReason(AppointmentDetails appointment) =>
        $"Free cancellation and changes end {_options.CurrentValue.FreeCancellationHours} hours before the start " +
        $"({SchedulingText.DateTime(appointment.FreeCancellationUntil, appointment.TimeZone)}). " +
        $"Please call us at {_company.CurrentValue.Phone} and we will help.";

    private async Task<Appointment?> FindAsync(CobBotDbContext db, string? confirmationCode, string? email, CancellationToken cancellationToken)
    {
        var code = ConfirmationCode.Normalize(confirmationCode);
        var normalizedEmail = email?.Trim().ToLowerInvariant();
        if (code is null || string.IsNullOrEmpty(normalizedEmail)) return null;
        return await db.Appointments.Include(a => a.Claims)
            .SingleOrDefaultAsync(a => a.ConfirmationCode == code && a.EmailNormalized == normalizedEmail, cancellationToken);
    }
}
