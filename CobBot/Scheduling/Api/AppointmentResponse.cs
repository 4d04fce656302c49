using System.Text.Json.Serialization;

namespace CobBot.Scheduling.Api;

/// <summary>An appointment as returned to the customer who booked it (no contact details echoed back).</summary>
public sealed record AppointmentResponse(
    [property: JsonPropertyName("appointment_id")] Guid AppointmentId,
    [property: JsonPropertyName("confirmation_code")] string ConfirmationCode,
    [property: JsonPropertyName("service")] string Service,
    [property: JsonPropertyName("start")] DateTimeOffset Start,
    [property: JsonPropertyName("end")] DateTimeOffset End,
    [property: JsonPropertyName("time_zone")] string TimeZone,
    [property: JsonPropertyName("status")] string Status)
{
    internal static AppointmentResponse From(AppointmentDetails appointment) => new(
        appointment.Id, appointment.ConfirmationCode, appointment.Service, appointment.Start, appointment.End,
        appointment.TimeZone.Id, ApiText.Status(appointment.Status));
}
