namespace CobBot.Handoff.Persistence;

/// <summary>The outcome of an agent claiming an escalation.</summary>
public enum ClaimResult
{
    /// <summary>The agent now has it.</summary>
    Claimed,
    /// <summary>The agent had already claimed it (claiming again changes nothing).</summary>
    AlreadyYours,
    /// <summary>Another agent (or the channel's hub) has it.</summary>
    ClaimedByOther,
    /// <summary>It is resolved, cancelled or after-hours.</summary>
    Closed,
    /// <summary>No such escalation.</summary>
    NotFound,
}
