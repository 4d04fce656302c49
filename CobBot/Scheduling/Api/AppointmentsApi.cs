using Microsoft.AspNetCore.Http.HttpResults;

namespace CobBot.Scheduling.Api;

/// <summary><c>POST /api/appointments</c>: book an appointment over REST.</summary>
public static class AppointmentsApi
{
    public static IEndpointRouteBuilder MapAppointmentsApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/appointments", CreateAsync)
            .WithName("CreateAppointment")
            .WithTags("Appointments")
            .WithSummary("Book an appointment.")
            .WithDescription("Books the given service at the preferred date and time (in time_zone, Eastern by default). " +
                             "400 names every invalid field; 409 means the slot was taken and lists the nearest free slots.");
        return endpoints;
    }

    private static async Task<Results<Created<AppointmentResponse>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        CreateAppointmentRequest request, BookingService booking, CancellationToken cancellationToken)
    {
        var formatErrors = new Dictionary<string, string[]>();
        var result = await booking.BookAsync(new BookingRequest
        {
            Service = request.ServiceType,
            Date = ApiText.ParseDate(request.PreferredDate, BookingFields.PreferredDate, formatErrors),
            Time = ApiText.ParseTime(request.PreferredTime, BookingFields.PreferredTime, formatErrors),
            TimeZone = request.TimeZone,
            Name = request.Name,
            Email = request.Email,
            Phone = request.Phone,
            Requirements = request.Requirements,
        }, cancellationToken);

        // A malformed date or time reaches the service as missing, so the result is Invalid; the format message wins.
        if (formatErrors.Count > 0 || result.Status == BookingStatus.Invalid)
        {
            var errors = new Dictionary<string, string[]>(result.Errors);
            foreach (var (field, messages) in formatErrors) errors[field] = messages;
            return TypedResults.ValidationProblem(errors, title: "The booking request has invalid fields.");
        }

        if (result.Status == BookingStatus.SlotTaken)
        {
            return TypedResults.Problem(
                detail: "That time is no longer free. The nearest free times are listed in 'alternatives'.",
                statusCode: StatusCodes.Status409Conflict,
                title: "Slot taken",
                extensions: new Dictionary<string, object?> { ["alternatives"] = result.Alternatives.Select(SlotResponse.From).ToList() });
        }

        var appointment = AppointmentResponse.From(result.Appointment!);
        return TypedResults.Created($"/api/admin/appointments/{appointment.AppointmentId}", appointment);
    }
}
