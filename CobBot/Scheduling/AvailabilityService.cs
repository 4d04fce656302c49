using CobBot.Data;
using CobBot.Scheduling.Catalog;
using CobBot.Scheduling.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CobBot.Scheduling;

/// <summary>
/// Free slots: staff working hours (<see cref="SlotPlanner"/>) minus the cells held by booked appointments,
/// inside lead time and horizon. Results are shown in the zone passed in, the business zone when none is.
/// </summary>
public sealed class AvailabilityService
{
    private static readonly TimeSpan NearestSearchRadius = TimeSpan.FromDays(14);

    private readonly IDbContextFactory<CobBotDbContext> _contextFactory;
    private readonly SlotPlanner _planner;
    private readonly SchedulingTimeZones _zones;
    private readonly IOptionsMonitor<SchedulingOptions> _options;

    internal AvailabilityService(
        IDbContextFactory<CobBotDbContext> contextFactory, SlotPlanner planner, SchedulingTimeZones zones, IOptionsMonitor<SchedulingOptions> options)
    {
        _contextFactory = contextFactory;
        _planner = planner;
        _zones = zones;
        _options = options;
    }

    /// <summary>The free slots of <paramref name="service"/> on <paramref name="date"/> (a date in <paramref name="timeZone"/>).</summary>
    public async Task<DayAvailability> GetDayAsync(
        AppointmentType service, DateOnly date, TimeZoneInfo? timeZone = null, CancellationToken cancellationToken = default)
    {
        var zone = timeZone ?? _zones.Business;
        var plan = _planner.PlanDay(service, date, zone);
        if (plan.Status != DayStatus.Open)
            return new DayAvailability(service, date, zone, plan.Status, plan.HolidayName, []);

        await using var db = await _contextFactory.CreateDbContextAsync(cancellationToken);
        var open = await OpenSlotsAsync(db, plan.Bookable, ignoring: null, cancellationToken);
        var slots = open.Select(o => FreeSlot.Create(o.StartUtc, o.EndUtc, zone)).ToList();
        return new DayAvailability(service, date, zone, slots.Count > 0 ? DayStatus.Open : DayStatus.FullyBooked, null, slots);
    }

    /// <summary>
    /// Up to <see cref="SchedulingOptions.AlternativeCount"/> free slots closest in time to <paramref name="around"/>
    /// (within two weeks either side), nearest first — what to offer when a wanted slot is taken.
    /// </summary>
    public async Task<IReadOnlyList<FreeSlot>> FindNearestAsync(
        AppointmentType service, DateTimeOffset around, TimeZoneInfo? timeZone = null, CancellationToken cancellationToken = default)
    {
        await using var db = await _contextFactory.CreateDbContextAsync(cancellationToken);
        return await FindNearestAsync(db, service, around.UtcDateTime, timeZone ?? _zones.Business, cancellationToken);
    }

    internal async Task<IReadOnlyList<FreeSlot>> FindNearestAsync(
        CobBotDbContext db, AppointmentType service, DateTime aroundUtc, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        var candidates = _planner.Candidates(service, aroundUtc - NearestSearchRadius, aroundUtc + NearestSearchRadius)
            .Where(c => c.Holiday is null && _planner.IsBookable(c))
            .ToList();
        var open = await OpenSlotsAsync(db, candidates, ignoring: null, cancellationToken);
        return [.. open
            .OrderBy(o => (o.StartUtc - aroundUtc).Duration()).ThenBy(o => o.StartUtc)
            .Take(_options.CurrentValue.AlternativeCount)
            .Select(o => FreeSlot.Create(o.StartUtc, o.EndUtc, zone))];
    }

    /// <summary>
    /// Groups <paramref name="candidates"/> by start time and keeps those with at least one staff member whose cells
    /// are all unclaimed (claims of <paramref name="ignoring"/> count as free: the appointment being moved).
    /// </summary>
    internal async Task<List<OpenSlot>> OpenSlotsAsync(
        CobBotDbContext db, IReadOnlyCollection<SlotCandidate> candidates, Guid? ignoring, CancellationToken cancellationToken)
    {
        if (candidates.Count == 0) return [];
        // Claims half a day either side are loaded too: they tell how busy each person is (see OpenSlot.Choose).
        var from = candidates.Min(c => c.StartUtc) - OpenSlot.BusyWindow;
        var to = candidates.Max(c => c.EndUtc) + OpenSlot.BusyWindow;
        var claims = await db.AppointmentSlotClaims
            .Where(c => c.CellStartUtc >= from && c.CellStartUtc < to && c.AppointmentId != ignoring)
            .Select(c => new { c.StaffId, c.CellStartUtc })
            .ToListAsync(cancellationToken);
        var busy = claims.Select(c => (c.StaffId, c.CellStartUtc)).ToHashSet();

        return [.. candidates
            .Where(c => c.Holiday is null && !AppointmentSlotClaim.Cells(c.StartUtc, c.EndUtc).Any(cell => busy.Contains((c.Staff.Id, cell))))
            .GroupBy(c => c.StartUtc)
            .Select(g => new OpenSlot(g.Key, g.First().EndUtc, [.. g.Select(c => c.Staff)], busy))];
    }
}
