using CobBot.Data;
using Microsoft.EntityFrameworkCore;

namespace CobBot.Scheduling;

/// <summary>Read access to appointments for agents.</summary>
public sealed class AppointmentDirectory
{
    private readonly IDbContextFactory<CobBotDbContext> _contextFactory;
    private readonly SchedulingTimeZones _zones;
    private readonly AppointmentMapper _mapper;

    internal AppointmentDirectory(IDbContextFactory<CobBotDbContext> contextFactory, SchedulingTimeZones zones, AppointmentMapper mapper)
    {
        _contextFactory = contextFactory;
        _zones = zones;
        _mapper = mapper;
    }

    /// <summary>Appointments matching <paramref name="query"/>, earliest start first.</summary>
    public async Task<IReadOnlyList<AppointmentDetails>> ListAsync(AppointmentQuery query, CancellationToken cancellationToken = default)
    {
        await using var db = await _contextFactory.CreateDbContextAsync(cancellationToken);
        var appointments = db.Appointments.AsNoTracking();
        if (query.Date is { } date)
        {
            var from = SchedulingTimeZones.StartOfDayUtc(date, _zones.Business);
            var to = SchedulingTimeZones.StartOfDayUtc(date.AddDays(1), _zones.Business);
            appointments = appointments.Where(a => a.StartUtc >= from && a.StartUtc < to);
        }
        if (query.Status is { } status) appointments = appointments.Where(a => a.Status == status);
        if (query.Email?.Trim().ToLowerInvariant() is { Length: > 0 } email) appointments = appointments.Where(a => a.EmailNormalized == email);

        var found = await appointments.OrderBy(a => a.StartUtc).Take(query.Limit).ToListAsync(cancellationToken);
        return [.. found.Select(_mapper.ToDetails)];
    }

    /// <summary>The appointment with <paramref name="id"/>, or null.</summary>
    public async Task<AppointmentDetails?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await _contextFactory.CreateDbContextAsync(cancellationToken);
        var appointment = await db.Appointments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        return appointment is null ? null : _mapper.ToDetails(appointment);
    }
}
