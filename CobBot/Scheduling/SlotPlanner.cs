using CobBot.Scheduling.Catalog;
using Microsoft.Extensions.Options;

namespace CobBot.Scheduling;

/// <summary>
/// Calendar arithmetic without the database: which start times exist for a type (staff working hours in each
/// staff member's zone, on the slot grid, minus holidays) and which of them are inside lead time and horizon.
/// Works in UTC instants, so daylight-saving changes of staff and customer zones are handled by conversion.
/// </summary>
internal sealed class SlotPlanner(SchedulingCatalog catalog, IOptionsMonitor<SchedulingOptions> options, TimeProvider timeProvider)
{
    /// <summary>The earliest bookable start: now plus the lead time.</summary>
    public DateTime EarliestStartUtc => Now + options.CurrentValue.LeadTime;

    /// <summary>The latest bookable start: now plus the horizon.</summary>
    public DateTime LatestStartUtc => Now + options.CurrentValue.Horizon;

    private DateTime Now => timeProvider.GetUtcNow().UtcDateTime;

    /// <summary>Candidates whose start lies in [<paramref name="fromUtc"/>, <paramref name="toUtc"/>), holidays flagged, ordered by start then staff order.</summary>
    public IEnumerable<SlotCandidate> Candidates(AppointmentType type, DateTime fromUtc, DateTime toUtc)
    {
        var granularity = options.CurrentValue.SlotGranularity;
        var found = new List<SlotCandidate>();
        foreach (var staff in catalog.StaffFor(type))
        {
            var zone = staff.TimeZone;
            var first = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(fromUtc, zone)).AddDays(-1);
            var last = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(toUtc, zone)).AddDays(1);
            for (var date = first; date <= last; date = date.AddDays(1))
            {
                var holiday = catalog.HolidayOn(date);
                foreach (var hours in staff.WorkingHours.Where(w => w.Day == date.DayOfWeek))
                {
                    for (var offset = hours.Start.ToTimeSpan(); offset + type.Duration <= hours.End.ToTimeSpan(); offset += granularity)
                    {
                        if (SchedulingTimeZones.ToUtc(date, TimeOnly.FromTimeSpan(offset), zone) is { } start && start >= fromUtc && start < toUtc)
                            found.Add(new SlotCandidate(staff, start, start + type.Duration, holiday));
                    }
                }
            }
        }
        return found.OrderBy(c => c.StartUtc);
    }

    /// <summary>The calendar of <paramref name="date"/> in <paramref name="zone"/> for <paramref name="type"/>.</summary>
    public DayPlan PlanDay(AppointmentType type, DateOnly date, TimeZoneInfo zone)
    {
        var from = SchedulingTimeZones.StartOfDayUtc(date, zone);
        var to = SchedulingTimeZones.StartOfDayUtc(date.AddDays(1), zone);
        var all = Candidates(type, from, to).ToList();
        var working = all.Where(c => c.Holiday is null).ToList();
        var bookable = working.Where(IsBookable).ToList();

        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(Now, zone));
        var lastDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(LatestStartUtc, zone));
        var status =
            date < today ? DayStatus.Past
            : date > lastDay ? DayStatus.BeyondHorizon
            : all.Count == 0 ? DayStatus.NonWorkingDay
            : working.Count == 0 ? DayStatus.Holiday
            : bookable.Count == 0 && working.All(c => c.StartUtc < EarliestStartUtc) ? DayStatus.InsideLeadTime
            : bookable.Count == 0 ? DayStatus.BeyondHorizon
            : DayStatus.Open;
        return new DayPlan(status, status == DayStatus.Holiday ? all[0].Holiday!.Name : null, working, bookable);
    }

    /// <summary>Whether <paramref name="candidate"/> starts inside lead time and horizon.</summary>
    public bool IsBookable(SlotCandidate candidate) =>
        candidate.StartUtc >= EarliestStartUtc && candidate.StartUtc <= LatestStartUtc;
}
