namespace CobBot.BenchBot;

/// <summary>The booking the waterfall collects step by step (persisted in the waterfall's values between turns).</summary>
public sealed class BookingDetails
{
    /// <summary>The patient's full name.</summary>
    public string? Name { get; set; }

    /// <summary>The confirmation email.</summary>
    public string? Email { get; set; }

    /// <summary>The chosen service.</summary>
    public string? Service { get; set; }

    /// <summary>The requested date, as typed.</summary>
    public string? Date { get; set; }
}
