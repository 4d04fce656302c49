using System.Text.Json.Serialization;

namespace CobBot.Scheduling.Api;

/// <summary>An appointment with the customer's details, for agents.</summary>
public sealed record AdminAppointmentResponse(
    [property: JsonPropertyName("appointment_id")] Guid AppointmentId,
    [property: JsonPropertyName("confirmation_code")] string ConfirmationCode,
    [property: JsonPropertyName("service")] string Service,
    [property: JsonPropertyName("staff")] string Staff,
    [property: JsonPropertyName("start")] DateTimeOffset Start,
    [property: JsonPropertyName("end")] DateTimeOffset End,
    [property: JsonPropertyName("time_zone")] string TimeZone,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("email")] string Email,
    [property: JsonPropertyName("phone")] string Phone,
    [property: JsonPropertyName("requirements")] string? Requirements)
{
    internal static AdminAppointmentResponse From(AppointmentDetails a) => new(
        a.Id, a.ConfirmationCode, a.Service, a.StaffName, a.Start, a.End, a.TimeZone.Id, ApiText.Status(a.Status),
        a.CustomerName, a.Email, a.Phone, a.Requirements);
}
