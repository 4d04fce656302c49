using Microsoft.AspNetCore.Mvc;

namespace CobBot.Scheduling.Api;

/// <summary>Query string of <c>GET /api/availability</c>.</summary>
public sealed record AvailabilityQuery(
    [property: FromQuery(Name = "service_type")] string? ServiceType,
    [property: FromQuery(Name = "date")] string? Date,
    [property: FromQuery(Name = "time_zone")] string? TimeZone);
