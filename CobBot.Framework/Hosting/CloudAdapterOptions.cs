namespace CobBot.Framework.Hosting;

/// <summary>Tuning for <see cref="CloudAdapter"/>'s turn transaction.</summary>
public sealed class CloudAdapterOptions
{
    /// <summary>
    /// How many times a turn runs before giving up when its state save keeps conflicting with another
    /// writer (another instance). Each attempt starts from freshly loaded state.
    /// </summary>
    public int MaxTurnAttempts { get; set; } = 3;

    /// <summary>How many recent inbound activity ids each conversation remembers to drop redeliveries.</summary>
    public int RecentActivityIdCapacity { get; set; } = 64;

    /// <summary>
    /// How many answers of recent expectReplies and invoke turns each conversation keeps, so a client that retries
    /// after losing the HTTP response gets the same answer again instead of an empty one. 0 keeps none.
    /// </summary>
    public int RecentResponseCapacity { get; set; } = 4;
}
