using System.Text.Json.Serialization;

namespace CobBot.Scheduling.Api;

/// <summary>Body of <c>GET /api/availability</c>.</summary>
/// <param name="ServiceType">The appointment type.</param>
/// <param name="Date">The date asked for (YYYY-MM-DD) in <paramref name="TimeZone"/>.</param>
/// <param name="TimeZone">IANA zone of the date and the slot times.</param>
/// <param name="DurationMinutes">Length of the appointment.</param>
/// <param name="Status"><c>open</c>, <c>past</c>, <c>beyond_horizon</c>, <c>non_working_day</c>, <c>holiday</c>, <c>inside_lead_time</c> or <c>fully_booked</c>.</param>
/// <param name="Holiday">The holiday's name when <paramref name="Status"/> is <c>holiday</c>.</param>
/// <param name="Slots">Free slots, earliest first.</param>
public sealed record AvailabilityResponse(
    [property: JsonPropertyName("service_type")] string ServiceType,
    [property: JsonPropertyName("date")] string Date,
    [property: JsonPropertyName("time_zone")] string TimeZone,
    [property: JsonPropertyName("duration_minutes")] int DurationMinutes,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("holiday")] string? Holiday,
    [property: JsonPropertyName("slots")] IReadOnlyList<SlotResponse> Slots);
