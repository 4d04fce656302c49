namespace CobBot.Scheduling;

/// <summary>Booking rules, bound from the <c>Scheduling</c> configuration section.</summary>
public sealed class SchedulingOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Scheduling";

    /// <summary>Appointments start at least this many hours from now.</summary>
    public int LeadTimeHours { get; set; } = 24;

    /// <summary>Appointments start at most this many days from now.</summary>
    public int HorizonDays { get; set; } = 60;

    /// <summary>Distance between offered start times; a multiple of 15.</summary>
    public int SlotGranularityMinutes { get; set; } = 30;

    /// <summary>Customers may cancel or reschedule free of charge up to this many hours before the start.</summary>
    public int FreeCancellationHours { get; set; } = 2;

    /// <summary>How many nearest free slots to offer when a slot is taken.</summary>
    public int AlternativeCount { get; set; } = 3;

    /// <summary>Optional folder whose <c>appointment-types.json</c>/<c>staff.json</c>/<c>holidays.json</c> replace the shipped ones.</summary>
    public string? DataDirectory { get; set; }

    internal TimeSpan LeadTime => TimeSpan.FromHours(LeadTimeHours);
    internal TimeSpan Horizon => TimeSpan.FromDays(HorizonDays);
    internal TimeSpan SlotGranularity => TimeSpan.FromMinutes(SlotGranularityMinutes);
    internal TimeSpan FreeCancellationCutoff => TimeSpan.FromHours(FreeCancellationHours);
}
