using System.Text.Json.Serialization;

namespace CobBot.Handoff;

/// <summary>How urgently an agent should take an escalation; higher values are served first.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<EscalationPriority>))]
public enum EscalationPriority
{
    /// <summary>No hurry.</summary>
    Low = 0,
    /// <summary>The usual priority.</summary>
    Normal = 1,
    /// <summary>Upset customers and sensitive topics.</summary>
    High = 2,
    /// <summary>Legal and compliance matters.</summary>
    Urgent = 3,
}
