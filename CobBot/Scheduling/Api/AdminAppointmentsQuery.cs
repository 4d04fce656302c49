using Microsoft.AspNetCore.Mvc;

namespace CobBot.Scheduling.Api;

/// <summary>Query string of <c>GET /api/admin/appointments</c>.</summary>
public sealed record AdminAppointmentsQuery(
    [property: FromQuery(Name = "date")] string? Date,
    [property: FromQuery(Name = "status")] string? Status,
    [property: FromQuery(Name = "email")] string? Email,
    [property: FromQuery(Name = "limit")] int? Limit);
