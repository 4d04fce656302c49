namespace CobBot.Scheduling;

/// <summary>Whether a day has bookable times, and if not, why.</summary>
public enum DayStatus
{
    /// <summary>There are free slots.</summary>
    Open,

    /// <summary>The day is over (in the customer's zone).</summary>
    Past,

    /// <summary>The day is beyond the booking horizon.</summary>
    BeyondHorizon,

    /// <summary>Nobody works that day (a weekend).</summary>
    NonWorkingDay,

    /// <summary>A holiday.</summary>
    Holiday,

    /// <summary>Every working time of the day starts within the lead time (24 h).</summary>
    InsideLeadTime,

    /// <summary>Working day, but every slot is taken.</summary>
    FullyBooked,
}
