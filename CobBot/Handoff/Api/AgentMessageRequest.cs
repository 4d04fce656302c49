namespace CobBot.Handoff.Api;

/// <summary>Body of <c>POST /api/admin/escalations/{id}/messages</c>.</summary>
/// <param name="Text">What the agent says to the customer.</param>
public sealed record AgentMessageRequest(string? Text);
