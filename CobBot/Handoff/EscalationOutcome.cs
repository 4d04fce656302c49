namespace CobBot.Handoff;

/// <summary>What <see cref="HandoffService.EscalateAsync"/> did.</summary>
/// <param name="EscalationId">The escalation record.</param>
/// <param name="Connected">True when support is open and the customer is queued for (or already with) an agent; false outside support hours.</param>
/// <param name="QueuePosition">While queued, the customer's place (1 = next).</param>
/// <param name="NextOpening">Outside support hours, when agents are back (null when no window is scheduled).</param>
public sealed record EscalationOutcome(int EscalationId, bool Connected, int? QueuePosition, DateTimeOffset? NextOpening);
