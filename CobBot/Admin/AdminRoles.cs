namespace CobBot.Admin;

/// <summary>Roles carried by admin tokens, and the authorization policies built on them.</summary>
public static class AdminRoles
{
    /// <summary>Full access: dashboard, appointments, escalations, reassignments.</summary>
    public const string Admin = "admin";

    /// <summary>Live agents: the escalation queue and conversations they claim.</summary>
    public const string Agent = "agent";

    /// <summary>Policy satisfied by admins only.</summary>
    public const string AdminPolicy = "AdminOnly";

    /// <summary>Policy satisfied by agents and admins.</summary>
    public const string AgentPolicy = "AgentOrAdmin";
}
