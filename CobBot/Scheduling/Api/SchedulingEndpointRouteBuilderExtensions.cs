namespace CobBot.Scheduling.Api;

/// <summary>Maps every scheduling endpoint.</summary>
public static class SchedulingEndpointRouteBuilderExtensions
{
    /// <summary>
    /// <c>POST /api/appointments</c>, <c>GET /api/availability</c> and the agents' <c>/api/admin/appointments</c> group.
    /// Needs <c>AddCobBotScheduling</c>, and <c>AddCobBotAdmin</c> with authentication/authorization middleware for the admin group.
    /// </summary>
    public static IEndpointRouteBuilder MapSchedulingApi(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapAppointmentsApi().MapAvailabilityApi().MapAdminAppointmentsApi();
}
