using System.Text.Json.Serialization;

namespace CobBot.Handoff;

/// <summary>
/// A live-feed notification for agent consoles. It carries ids only, never conversation content: consoles
/// re-read the queue or transcript through the API, which applies the viewer's permissions.
/// </summary>
/// <param name="Kind"><see cref="QueueKind"/> (an escalation was added, claimed, assigned or closed) or <see cref="MessageKind"/> (a new message in its conversation).</param>
/// <param name="EscalationId">The escalation concerned.</param>
/// <param name="AssignedAgent">Its agent at the time, which decides who is told about messages.</param>
public sealed record HandoffEvent(
    string Kind,
    int EscalationId,
    [property: JsonIgnore] string? AssignedAgent)
{
    /// <summary>The queue changed.</summary>
    public const string QueueKind = "queue";

    /// <summary>A conversation has a new message.</summary>
    public const string MessageKind = "message";

    /// <summary>Nothing happened for a while; sent only to keep the connection open.</summary>
    public const string KeepAliveKind = "keepalive";

    /// <summary>True when <paramref name="viewer"/> should receive this event: queue changes go to everyone; messages to the assigned agent and admins (to all while queued).</summary>
    public bool IsVisibleTo(AgentIdentity viewer) =>
        Kind == QueueKind || AssignedAgent is null || viewer.MayHandle(AssignedAgent);
}
