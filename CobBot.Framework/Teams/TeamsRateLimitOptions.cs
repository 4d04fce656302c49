namespace CobBot.Framework.Teams;

/// <summary>The per-conversation send budget for Teams (Teams throttles above about 7 sends per second per bot per thread).</summary>
public sealed class TeamsRateLimitOptions
{
    /// <summary>Sends allowed per conversation per <see cref="Period"/> (also the burst size).</summary>
    public int PermitsPerPeriod { get; set; } = 7;

    /// <summary>How often the budget refills.</summary>
    public TimeSpan Period { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Sends that may wait per conversation; beyond it a send fails at once as throttled.</summary>
    public int QueueLimit { get; set; } = 500;
}
