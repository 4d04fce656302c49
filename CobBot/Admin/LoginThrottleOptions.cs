namespace CobBot.Admin;

/// <summary>How many failed logins are tolerated before a username/address pair is locked out.</summary>
public sealed class LoginThrottleOptions
{
    public int MaxFailures { get; set; } = 5;
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(15);
    public TimeSpan Lockout { get; set; } = TimeSpan.FromMinutes(15);
}
