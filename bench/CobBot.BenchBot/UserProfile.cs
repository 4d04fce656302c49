namespace CobBot.BenchBot;

/// <summary>What the bot remembers about a user across conversations (UserState property <c>UserProfile</c>).</summary>
public sealed class UserProfile
{
    /// <summary>The name given at the last booking.</summary>
    public string? Name { get; set; }

    /// <summary>The confirmation email given at the last booking.</summary>
    public string? Email { get; set; }

    /// <summary>How many bookings the user confirmed.</summary>
    public int Bookings { get; set; }
}
