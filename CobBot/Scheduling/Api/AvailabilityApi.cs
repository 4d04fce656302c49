using CobBot.Scheduling.Catalog;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CobBot.Scheduling.Api;

/// <summary><c>GET /api/availability?service_type=&amp;date=&amp;time_zone=</c>: free slots of a service on a date.</summary>
public static class AvailabilityApi
{
    public static IEndpointRouteBuilder MapAvailabilityApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/availability", GetAsync)
            .WithName("GetAvailability")
            .WithTags("Appointments")
            .WithSummary("Free slots of a service on a date.")
            .WithDescription("date is YYYY-MM-DD in time_zone (IANA, Eastern by default). A day without slots says why in status.");
        return endpoints;
    }

    private static async Task<Results<Ok<AvailabilityResponse>, ValidationProblem>> GetAsync(
        [AsParameters] AvailabilityQuery query, SchedulingCatalog catalog, AvailabilityService availability, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var service = catalog.FindType(query.ServiceType);
        if (service is null)
            errors[BookingFields.ServiceType] = [$"Required; one of: {string.Join(", ", catalog.Types.Select(t => t.Name))}."];
        var date = ApiText.ParseDate(query.Date, "date", errors);
        if (date is null) errors.TryAdd("date", ["Required, as YYYY-MM-DD."]);
        var zone = SchedulingTimeZones.Find(query.TimeZone);
        if (query.TimeZone is not null && zone is null)
            errors[BookingFields.TimeZone] = [$"Unknown time zone '{query.TimeZone}'. Use an IANA name such as America/New_York."];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);

        var day = await availability.GetDayAsync(service!, date!.Value, zone, cancellationToken);
        return TypedResults.Ok(new AvailabilityResponse(
            day.Service.Name,
            day.Date.ToString(ApiText.DateFormat, System.Globalization.CultureInfo.InvariantCulture),
            day.TimeZone.Id,
            (int)day.Service.Duration.TotalMinutes,
            ApiText.Status(day.Status),
            day.HolidayName,
            [.. day.Slots.Select(SlotResponse.From)]));
    }
}
