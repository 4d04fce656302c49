namespace CobBot.Handoff.Api;

/// <summary>Body of <c>POST /api/admin/escalations/{id}/assign</c> (admins only).</summary>
/// <param name="Agent">The username of the agent who takes the conversation over.</param>
public sealed record AssignRequest(string? Agent);
