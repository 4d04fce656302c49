using System.Text.Json.Serialization;

namespace CobBot.Handoff.Persistence;

/// <summary>Where an escalation stands.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<EscalationStatus>))]
public enum EscalationStatus
{
    /// <summary>Waiting for an agent.</summary>
    Queued,
    /// <summary>An agent (or the channel's agent hub) has the conversation.</summary>
    Assigned,
    /// <summary>The agent finished; the bot has resumed.</summary>
    Resolved,
    /// <summary>The customer went back to the bot, or the agent hub failed.</summary>
    Cancelled,
    /// <summary>Raised outside support hours: never queued; the customer was offered a callback or a Support Session.</summary>
    AfterHours,
}
