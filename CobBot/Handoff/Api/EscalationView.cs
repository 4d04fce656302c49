using CobBot.Handoff.Persistence;

namespace CobBot.Handoff.Api;

/// <summary>An escalation as the console lists it: routing, status and the PHI-redacted summary, no conversation content.</summary>
/// <param name="Id">The escalation id.</param>
/// <param name="ConversationId">The conversation's id for <c>GET /api/admin/conversations/{id}/transcript</c>.</param>
/// <param name="Channel">The customer's channel.</param>
/// <param name="Reason">Why it was escalated.</param>
/// <param name="Topic">For business topics, which.</param>
/// <param name="Skill">The agent skill it routes to.</param>
/// <param name="Priority">Served highest first.</param>
/// <param name="Status">Where it stands.</param>
/// <param name="Summary">Reason and the customer's last messages, PHI-redacted.</param>
/// <param name="AssignedAgent">Who has it.</param>
/// <param name="QueuePosition">While queued, its place (1 = next).</param>
/// <param name="CreatedAt">When it was raised.</param>
/// <param name="ClaimedAt">When it was claimed.</param>
public sealed record EscalationView(
    int Id,
    string ConversationId,
    string Channel,
    EscalationReason Reason,
    string? Topic,
    string Skill,
    EscalationPriority Priority,
    EscalationStatus Status,
    string Summary,
    string? AssignedAgent,
    int? QueuePosition,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ClaimedAt)
{
    /// <summary>The view of <paramref name="escalation"/>.</summary>
    public static EscalationView From(Escalation escalation, int? queuePosition = null) => new(
        escalation.Id, ConversationKeys.ToRouteId(escalation.ConversationKey), escalation.ChannelId, escalation.Reason,
        escalation.Topic, escalation.Skill, escalation.Priority, escalation.Status, escalation.Summary, escalation.AssignedAgent,
        queuePosition, escalation.CreatedAt, escalation.ClaimedAt);
}
