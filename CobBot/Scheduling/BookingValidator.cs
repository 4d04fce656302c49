using CobBot.Scheduling.Catalog;
using Microsoft.Extensions.Options;

namespace CobBot.Scheduling;

/// <summary>
/// Checks a booking request field by field and names every problem under its <see cref="BookingFields"/> key.
/// A time that could be a slot but is already taken is not an error here: that is decided under the database
/// transaction and answered with alternatives.
/// </summary>
internal sealed class BookingValidator(
    SchedulingCatalog catalog, SlotPlanner planner, SchedulingTimeZones zones, IOptionsMonitor<SchedulingOptions> options)
{
    public ValidBooking? Validate(BookingRequest request, IDictionary<string, string[]> errors)
    {
        var type = ValidateService(request.Service, errors);
        var zone = request.TimeZone is null ? null : SchedulingTimeZones.Find(request.TimeZone);
        if (request.TimeZone is not null && zone is null)
            errors.TryAdd(BookingFields.TimeZone, [$"Unknown time zone '{request.TimeZone}'. Use an IANA name such as America/New_York."]);
        DateTime? start = null;
        if (type is null || (request.TimeZone is not null && zone is null))
            ReportMissing(request.Date, request.Time, errors);
        else
            start = ValidateSlot(type, request.Date, request.Time, zone ?? zones.Business, errors);

        var name = request.Name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > BookingRules.MaxNameLength || name.Any(char.IsControl))
            errors.TryAdd(BookingFields.Name, [$"Required, at most {BookingRules.MaxNameLength} characters."]);
        if (!ContactRules.TryNormalizeEmail(request.Email, out var email))
            errors.TryAdd(BookingFields.Email, ["Enter a valid email address, e.g. name@example.com."]);
        if (!ContactRules.TryNormalizePhone(request.Phone, out var phone))
            errors.TryAdd(BookingFields.Phone, ["Enter a valid phone number, e.g. (212) 555-0147 or +44 20 7946 0958."]);
        var requirements = string.IsNullOrWhiteSpace(request.Requirements) ? null : request.Requirements.Trim();
        if (requirements?.Length > BookingRules.MaxRequirementsLength)
            errors.TryAdd(BookingFields.Requirements, [$"At most {BookingRules.MaxRequirementsLength} characters."]);

        return errors.Count == 0
            ? new ValidBooking(type!, start!.Value, zone ?? zones.Business, zone?.Id, name!, email!, phone!, requirements)
            : null;
    }

    /// <summary>Checks that <paramref name="date"/>/<paramref name="time"/> in <paramref name="zone"/> is a bookable start of <paramref name="type"/>.</summary>
    public DateTime? ValidateSlot(AppointmentType type, DateOnly? date, TimeOnly? time, TimeZoneInfo zone, IDictionary<string, string[]> errors)
    {
        ReportMissing(date, time, errors);
        if (date is not { } day) return null;
        var plan = planner.PlanDay(type, day, zone);
        if (DateProblem(plan, type, day, zone) is { } problem)
        {
            errors.TryAdd(BookingFields.PreferredDate, [problem]);
            return null;
        }
        if (time is not { } clock) return null;

        var start = SchedulingTimeZones.ToUtc(day, clock, zone);
        var wanted = $"{clock:HH\\:mm}";
        string? timeProblem =
            start is null ? $"{wanted} does not exist on {SchedulingText.Date(day)} in {zone.Id}: the clocks change."
            : !plan.Working.Any(c => c.StartUtc == start) ? NotAStartTime(plan, type, day, zone, wanted)
            : start < planner.EarliestStartUtc ? LeadTimeProblem(zone)
            : start > planner.LatestStartUtc ? $"Appointments can be booked at most {options.CurrentValue.HorizonDays} days ahead."
            : null;
        if (timeProblem is null) return start;
        errors.TryAdd(BookingFields.PreferredTime, [timeProblem]);
        return null;
    }

    private AppointmentType? ValidateService(string? name, IDictionary<string, string[]> errors)
    {
        var type = catalog.FindType(name);
        if (type is null)
        {
            var valid = string.Join(", ", catalog.Types.Select(t => t.Name));
            errors.TryAdd(BookingFields.ServiceType, [string.IsNullOrWhiteSpace(name)
                ? $"Required. Choose one of: {valid}."
                : $"'{name}' is not a service we book. Choose one of: {valid}."]);
        }
        return type;
    }

    private static void ReportMissing(DateOnly? date, TimeOnly? time, IDictionary<string, string[]> errors)
    {
        if (date is null) errors.TryAdd(BookingFields.PreferredDate, ["Required, as YYYY-MM-DD."]);
        if (time is null) errors.TryAdd(BookingFields.PreferredTime, ["Required, as HH:mm."]);
    }

    private string? DateProblem(DayPlan plan, AppointmentType type, DateOnly day, TimeZoneInfo zone) => plan.Status switch
    {
        DayStatus.Past => $"{SchedulingText.Date(day)} is in the past.",
        DayStatus.BeyondHorizon => $"Appointments can be booked at most {options.CurrentValue.HorizonDays} days ahead.",
        DayStatus.NonWorkingDay => $"There are no {type.Name} times on {SchedulingText.Date(day)}: appointments are on working days only.",
        DayStatus.Holiday => $"{SchedulingText.Date(day)} is a holiday ({plan.HolidayName}).",
        DayStatus.InsideLeadTime => LeadTimeProblem(zone),
        _ => null,
    };

    private string LeadTimeProblem(TimeZoneInfo zone) =>
        $"Appointments must be booked at least {options.CurrentValue.LeadTimeHours} hours ahead, i.e. start after " +
        $"{SchedulingText.DateTime(new DateTimeOffset(planner.EarliestStartUtc), zone)}.";

    private string NotAStartTime(DayPlan plan, AppointmentType type, DateOnly day, TimeZoneInfo zone, string wanted)
    {
        var first = SchedulingTimeZones.InZone(plan.Working.Min(c => c.StartUtc), zone);
        var last = SchedulingTimeZones.InZone(plan.Working.Max(c => c.StartUtc), zone);
        return $"{wanted} is not a start time for a {type.Name} on {SchedulingText.Date(day)}. Start times run every " +
               $"{options.CurrentValue.SlotGranularityMinutes} minutes from {first:HH\\:mm} to {last:HH\\:mm} ({SchedulingText.ZoneName(zone, first)}).";
    }
}
