using System.Text.Json.Serialization;

namespace CobBot.Scheduling.Api;

/// <summary>Body of <c>POST /api/appointments</c> (the v1 REST contract, plus an optional IANA <c>time_zone</c>).</summary>
public sealed record CreateAppointmentRequest
{
    [JsonPropertyName("name")] public string? Name { get; init; }
    [JsonPropertyName("email")] public string? Email { get; init; }
    [JsonPropertyName("phone")] public string? Phone { get; init; }
    [JsonPropertyName("service_type")] public string? ServiceType { get; init; }

    /// <summary>YYYY-MM-DD, in <see cref="TimeZone"/>.</summary>
    [JsonPropertyName("preferred_date")] public string? PreferredDate { get; init; }

    /// <summary>HH:mm (24-hour), in <see cref="TimeZone"/>.</summary>
    [JsonPropertyName("preferred_time")] public string? PreferredTime { get; init; }

    [JsonPropertyName("requirements")] public string? Requirements { get; init; }

    /// <summary>IANA zone of the date and time; Eastern (America/New_York) when absent.</summary>
    [JsonPropertyName("time_zone")] public string? TimeZone { get; init; }
}
