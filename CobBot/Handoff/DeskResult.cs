namespace CobBot.Handoff;

/// <summary>The outcome of an agent's action on an escalation through <see cref="AgentDesk"/>.</summary>
public enum DeskResult
{
    /// <summary>Done.</summary>
    Done,
    /// <summary>No such escalation, or one the agent may not see (another agent's).</summary>
    NotFound,
    /// <summary>The escalation is not claimed by this user: claim it (or, as an admin, assign it to yourself) first.</summary>
    NotClaimed,
    /// <summary>The escalation is no longer active (resolved, cancelled or after-hours).</summary>
    Closed,
}
