using System.Security.Claims;
using CobBot.Admin;

namespace CobBot.Handoff;

/// <summary>The signed-in console user acting on escalations: agents see the queue and their own conversations, admins everything.</summary>
/// <param name="Name">The username (the token's <c>name</c> claim).</param>
/// <param name="IsAdmin">True for the admin role.</param>
public sealed record AgentIdentity(string Name, bool IsAdmin)
{
    /// <summary>The identity of an authenticated console user.</summary>
    public static AgentIdentity From(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var name = user.Identity?.Name ?? throw new InvalidOperationException("The console user has no name claim.");
        return new AgentIdentity(name, user.IsInRole(AdminRoles.Admin));
    }

    /// <summary>True when this user may see and act on a conversation assigned to <paramref name="assignedAgent"/>.</summary>
    public bool MayHandle(string? assignedAgent) => IsAdmin || string.Equals(assignedAgent, Name, StringComparison.Ordinal);
}
