using CobBot.Admin;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CobBot.Scheduling.Api;

/// <summary>
/// Agents' appointment endpoints under <c>/api/admin/appointments</c> (policy <see cref="AdminRoles.AgentPolicy"/>):
/// list with filters, one appointment, and cancel.
/// </summary>
public static class AdminAppointmentsApi
{
    private const int MaxLimit = 500;
    private const string NoSuchAppointment = "No appointment with that id.";

    public static IEndpointRouteBuilder MapAdminAppointmentsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/admin/appointments")
            .RequireAuthorization(AdminRoles.AgentPolicy)
            .WithTags("Admin");
        group.MapGet("/", ListAsync).WithName("ListAppointments")
            .WithSummary("Appointments, earliest first; filter by date (YYYY-MM-DD, Eastern), status (booked|cancelled), email; limit ≤ 500.");
        group.MapGet("/{id:guid}", GetAsync).WithName("GetAppointment").WithSummary("One appointment.");
        group.MapPost("/{id:guid}/cancel", CancelAsync).WithName("CancelAppointment")
            .WithSummary("Cancel an appointment (allowed until it has ended) and send the calendar cancellation.");
        return endpoints;
    }

    private static async Task<Results<Ok<List<AdminAppointmentResponse>>, ValidationProblem>> ListAsync(
        [AsParameters] AdminAppointmentsQuery query, AppointmentDirectory directory, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var date = ApiText.ParseDate(query.Date, "date", errors);
        var status = query.Status is null ? null : ApiText.ParseStatus(query.Status);
        if (query.Status is not null && status is null) errors["status"] = ["Use booked or cancelled."];
        if (query.Limit is < 1 or > MaxLimit) errors["limit"] = [$"Between 1 and {MaxLimit}."];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);

        var found = await directory.ListAsync(new AppointmentQuery(date, status, query.Email, query.Limit ?? 100), cancellationToken);
        return TypedResults.Ok(found.Select(AdminAppointmentResponse.From).ToList());
    }

    private static async Task<Results<Ok<AdminAppointmentResponse>, ProblemHttpResult>> GetAsync(
        Guid id, AppointmentDirectory directory, CancellationToken cancellationToken) =>
        await directory.GetAsync(id, cancellationToken) is { } appointment
            ? TypedResults.Ok(AdminAppointmentResponse.From(appointment))
            : TypedResults.Problem(NoSuchAppointment, statusCode: StatusCodes.Status404NotFound);

    private static async Task<Results<Ok<AdminAppointmentResponse>, ProblemHttpResult>> CancelAsync(
        Guid id, AppointmentChangeService changes, CancellationToken cancellationToken)
    {
        var result = await changes.CancelByAgentAsync(id, cancellationToken);
        return result.Status switch
        {
            ChangeStatus.Done => TypedResults.Ok(AdminAppointmentResponse.From(result.Appointment!)),
            ChangeStatus.NotFound => TypedResults.Problem(NoSuchAppointment, statusCode: StatusCodes.Status404NotFound),
            _ => TypedResults.Problem(result.Reason, statusCode: StatusCodes.Status409Conflict, title: "The appointment cannot be cancelled."),
        };
    }
}
