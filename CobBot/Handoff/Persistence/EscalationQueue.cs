using CobBot.Data;
using Microsoft.EntityFrameworkCore;

namespace CobBot.Handoff.Persistence;

/// <summary>
/// The escalation queue in the database. Served by priority (highest first), then in arrival order. State
/// changes that can race (claim, close, rate) are single conditional UPDATEs, so two agents can never both
/// claim a conversation and a cancelled escalation cannot be claimed.
/// </summary>
public sealed partial class EscalationQueue(IDbContextFactory<CobBotDbContext> dbFactory, TimeProvider timeProvider)
{
    /// <summary>Adds a new escalation; an older one of the conversation stops waiting for its rating.</summary>
    public async Task AddAsync(Escalation escalation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(escalation);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.Escalations.Where(e => e.ConversationKey == escalation.ConversationKey && e.AwaitingRating)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.AwaitingRating, false), cancellationToken);
        db.Escalations.Add(escalation);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The escalation, or null.</summary>
    public async Task<Escalation?> GetAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Escalations.AsNoTracking().Include(e => e.Callback).FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
    }

    /// <summary>The conversation's queued or assigned escalation, or null.</summary>
    public async Task<Escalation?> FindActiveAsync(string conversationKey, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Escalations.AsNoTracking()
            .Where(e => e.ConversationKey == conversationKey && (e.Status == EscalationStatus.Queued || e.Status == EscalationStatus.Assigned))
            .OrderByDescending(e => e.Id)
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>The conversation's latest escalation that still concerns the customer's messages: active, or awaiting a rating.</summary>
    public async Task<Escalation?> FindOpenAsync(string conversationKey, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Escalations.AsNoTracking()
            .Where(e => e.ConversationKey == conversationKey
                && (e.Status == EscalationStatus.Queued || e.Status == EscalationStatus.Assigned || e.AwaitingRating))
            .OrderByDescending(e => e.Id)
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>1 for the next escalation to be served; counts queued escalations ahead by priority, then arrival.</summary>
    public async Task<int> PositionAsync(Escalation escalation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(escalation);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var ahead = await db.Escalations.CountAsync(e => e.Status == EscalationStatus.Queued
            && (e.Priority > escalation.Priority || (e.Priority == escalation.Priority && e.Id < escalation.Id)), cancellationToken);
        return ahead + 1;
    }

    /// <summary>What <paramref name="viewer"/> may see: every queued escalation, plus assigned ones that are theirs (all, for admins); in serving order.</summary>
    public async Task<IReadOnlyList<Escalation>> ListActiveAsync(AgentIdentity viewer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Escalations.AsNoTracking()
            .Where(e => e.Status == EscalationStatus.Queued
                || (e.Status == EscalationStatus.Assigned && (viewer.IsAdmin || e.AssignedAgent == viewer.Name)))
            .OrderByDescending(e => e.Priority).ThenBy(e => e.Id)
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// True when <paramref name="viewer"/> may read the conversation's transcript: it is queued, or assigned to them right
    /// now (admins: any conversation that was ever escalated). A past escalation gives an agent no lasting access.
    /// </summary>
    public async Task<bool> MayReadAsync(string conversationKey, AgentIdentity viewer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Escalations.AnyAsync(e => e.ConversationKey == conversationKey
            && (viewer.IsAdmin || e.Status == EscalationStatus.Queued
                || (e.Status == EscalationStatus.Assigned && e.AssignedAgent == viewer.Name)), cancellationToken);
    }
}
