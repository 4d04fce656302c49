namespace CobBot.Tests.Handoff;

/// <summary>Instants written as New York wall-clock times, so test cases read like the business rules.</summary>
internal static class Eastern
{
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    /// <summary>The instant of a New York local time (parsed as <c>yyyy-MM-dd HH:mm</c>).</summary>
    public static DateTimeOffset At(string local)
    {
        var time = DateTime.ParseExact(local, "yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        return new DateTimeOffset(time, Zone.GetUtcOffset(time));
    }
}
