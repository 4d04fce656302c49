namespace CobBot.Email;

/// <summary>How the outbox retries (<c>Email:Outbox</c>).</summary>
public sealed class OutboxOptions
{
    /// <summary>How often the worker looks for due messages when nothing wakes it earlier.</summary>
    public int PollIntervalSeconds { get; set; } = 30;

    /// <summary>Wait after the first failed attempt; doubles with each further failure.</summary>
    public int InitialRetryDelaySeconds { get; set; } = 30;

    /// <summary>Upper bound of the wait between attempts.</summary>
    public int MaxRetryDelaySeconds { get; set; } = 3600;

    /// <summary>Attempts before a message is given up (it stays in the table with its last error).</summary>
    public int MaxAttempts { get; set; } = 10;

    /// <summary>
    /// How long a worker holds a message it is sending; another worker may take it after that. A send that
    /// succeeded but was not recorded is repeated with the same Message-ID, which receivers de-duplicate.
    /// </summary>
    public int LeaseSeconds { get; set; } = 300;

    /// <summary>Messages per pass.</summary>
    public int BatchSize { get; set; } = 20;

    /// <summary>
    /// Days after which a finished message (sent or given up) is deleted. Messages hold PHI — names, addresses,
    /// appointment times — so they are kept only as long as delivery questions may come up; pending ones are never deleted.
    /// </summary>
    public int RetentionDays { get; set; } = 30;

    /// <summary>The wait before attempt <paramref name="failedAttempts"/> + 1: exponential, capped.</summary>
    public TimeSpan RetryDelay(int failedAttempts)
    {
        var seconds = InitialRetryDelaySeconds * Math.Pow(2, Math.Max(0, failedAttempts - 1));
        return TimeSpan.FromSeconds(Math.Min(seconds, MaxRetryDelaySeconds));
    }
}
