namespace CobBot.Scheduling;

/// <summary>Field names used as keys of validation errors (the REST contract's snake_case names).</summary>
public static class BookingFields
{
    public const string Name = "name";
    public const string Email = "email";
    public const string Phone = "phone";
    public const string ServiceType = "service_type";
    public const string PreferredDate = "preferred_date";
    public const string PreferredTime = "preferred_time";
    public const string Requirements = "requirements";
    public const string TimeZone = "time_zone";
}
