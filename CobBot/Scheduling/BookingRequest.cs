namespace CobBot.Scheduling;

/// <summary>What a customer asks to book. Everything is checked by <see cref="BookingService"/>; missing values are reported.</summary>
public sealed record BookingRequest
{
    /// <summary>Appointment type name, e.g. "Benefits Analysis" (case-insensitive).</summary>
    public string? Service { get; init; }

    /// <summary>The date, in <see cref="TimeZone"/>.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>The start time, in <see cref="TimeZone"/>; must be one of the day's slot start times.</summary>
    public TimeOnly? Time { get; init; }

    /// <summary>The customer's IANA zone; null means the business zone (Eastern).</summary>
    public string? TimeZone { get; init; }

    public string? Name { get; init; }
    public string? Email { get; init; }

    /// <summary>Any common phone format; US numbers may omit the country code.</summary>
    public string? Phone { get; init; }

    /// <summary>Optional notes for the meeting.</summary>
    public string? Requirements { get; init; }
}
