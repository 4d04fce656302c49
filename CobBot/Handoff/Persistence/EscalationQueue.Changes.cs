using Microsoft.EntityFrameworkCore;

namespace CobBot.Handoff.Persistence;

public sealed partial class EscalationQueue
{
    /// <summary>Gives a queued escalation to <paramref name="agent"/>, unless someone else has it.</summary>
    public async Task<ClaimResult> ClaimAsync(int id, string agent, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var claimed = await db.Escalations.Where(e => e.Id == id && e.Status == EscalationStatus.Queued)
            .ExecuteUpdateAsync(s => s
                .SetProperty(e => e.Status, EscalationStatus.Assigned)
                .SetProperty(e => e.AssignedAgent, agent)
                .SetProperty(e => e.ClaimedAt, timeProvider.GetUtcNow()), cancellationToken);
        if (claimed == 1) return ClaimResult.Claimed;

        var current = await db.Escalations.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        return current switch
        {
            null => ClaimResult.NotFound,
            { Status: EscalationStatus.Assigned } when current.AssignedAgent == agent => ClaimResult.AlreadyYours,
            { Status: EscalationStatus.Assigned } => ClaimResult.ClaimedByOther,
            _ => ClaimResult.Closed,
        };
    }

    /// <summary>Admin reassignment: gives an active escalation to <paramref name="agent"/>; false when it is not active.</summary>
    public async Task<bool> AssignAsync(int id, string agent, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Escalations
            .Where(e => e.Id == id && (e.Status == EscalationStatus.Queued || e.Status == EscalationStatus.Assigned))
            .ExecuteUpdateAsync(s => s
                .SetProperty(e => e.Status, EscalationStatus.Assigned)
                .SetProperty(e => e.AssignedAgent, agent)
                .SetProperty(e => e.ClaimedAt, timeProvider.GetUtcNow()), cancellationToken) == 1;
    }

    /// <summary>The channel's agent hub accepted the conversation's queued escalation (<c>handoff.status</c> accepted).</summary>
    public async Task<bool> AcceptByHubAsync(string conversationKey, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Escalations.Where(e => e.ConversationKey == conversationKey && e.Status == EscalationStatus.Queued)
            .ExecuteUpdateAsync(s => s
                .SetProperty(e => e.Status, EscalationStatus.Assigned)
                .SetProperty(e => e.AssignedAgent, Escalation.HubAgent)
                .SetProperty(e => e.ClaimedAt, timeProvider.GetUtcNow()), cancellationToken) > 0;
    }

    /// <summary>
    /// Ends an active escalation as <see cref="EscalationStatus.Resolved"/> (then awaiting the customer's rating) or
    /// <see cref="EscalationStatus.Cancelled"/>. False when it was not active (already closed by someone else).
    /// </summary>
    public async Task<bool> CloseAsync(int id, EscalationStatus status, CancellationToken cancellationToken = default)
    {
        if (status is not (EscalationStatus.Resolved or EscalationStatus.Cancelled))
            throw new ArgumentOutOfRangeException(nameof(status), status, "An escalation closes as Resolved or Cancelled.");
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Escalations
            .Where(e => e.Id == id && (e.Status == EscalationStatus.Queued || e.Status == EscalationStatus.Assigned))
            .ExecuteUpdateAsync(s => s
                .SetProperty(e => e.Status, status)
                .SetProperty(e => e.AwaitingRating, status == EscalationStatus.Resolved)
                .SetProperty(e => e.ClosedAt, timeProvider.GetUtcNow()), cancellationToken) == 1;
    }

    /// <summary>Stores the customer's freshest ConversationReference (its serviceUrl may change between messages).</summary>
    public async Task UpdateReferenceAsync(int id, string conversationReferenceJson, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.Escalations.Where(e => e.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.ConversationReferenceJson, conversationReferenceJson), cancellationToken);
    }

    /// <summary>Ends the wait for a rating, storing <paramref name="rating"/> (1–5) when given; false when no rating was awaited.</summary>
    public async Task<bool> RecordRatingAsync(int id, int? rating, CancellationToken cancellationToken = default)
    {
        if (rating is < 1 or > 5) throw new ArgumentOutOfRangeException(nameof(rating), rating, "Ratings are 1 to 5.");
        var ratedAt = rating is null ? (DateTimeOffset?)null : timeProvider.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Escalations.Where(e => e.Id == id && e.AwaitingRating)
            .ExecuteUpdateAsync(s => s
                .SetProperty(e => e.AwaitingRating, false)
                .SetProperty(e => e.SatisfactionRating, rating)
                .SetProperty(e => e.RatedAt, ratedAt), cancellationToken) == 1;
    }

    /// <summary>Stores a callback ticket.</summary>
    public async Task AddCallbackAsync(CallbackRequest callback, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(callback);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.CallbackRequests.Add(callback);
        await db.SaveChangesAsync(cancellationToken);
    }
}
