namespace CobBot.Scheduling;

/// <summary>Limits on the customer's free-text booking fields (also the column sizes).</summary>
public static class BookingRules
{
    /// <summary>Longest accepted name.</summary>
    public const int MaxNameLength = 100;

    /// <summary>Longest accepted email address (RFC 5321 path limit).</summary>
    public const int MaxEmailLength = 254;

    /// <summary>Longest accepted requirements note.</summary>
    public const int MaxRequirementsLength = 1000;
}
