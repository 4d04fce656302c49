namespace CobBot.Email;

/// <summary>What one outbox pass did.</summary>
/// <param name="Sent">Messages delivered.</param>
/// <param name="Failed">Attempts that failed (the messages are rescheduled or given up).</param>
/// <param name="NextDueUtc">When the earliest pending message is due, or null when none is pending.</param>
/// <param name="Deleted">Finished messages deleted because they outlived <see cref="OutboxOptions.RetentionDays"/>.</param>
public sealed record OutboxPassResult(int Sent, int Failed, DateTime? NextDueUtc, int Deleted = 0);
