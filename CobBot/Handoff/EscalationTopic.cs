using CobBot.Privacy;

namespace CobBot.Handoff;

/// <summary>A topic the business routes to people, from <c>Handoff/Resources/escalation-rules.json</c>.</summary>
public sealed class EscalationTopic
{
    /// <summary>The skill used when nothing more specific applies.</summary>
    public const string GeneralSkill = "general";

    /// <summary>Customer- and agent-facing label, e.g. "billing dispute".</summary>
    public string Label { get; init; } = "";

    /// <summary>The agent skill to route to.</summary>
    public string Skill { get; init; } = GeneralSkill;

    /// <summary>The priority of escalations about this topic.</summary>
    public EscalationPriority Priority { get; init; } = EscalationPriority.High;

    /// <summary>Words or phrases that reveal the topic (whole words, case-insensitive).</summary>
    public IReadOnlyList<string> Phrases { get; init; } = [];

    /// <summary>Kinds of patient identifier whose presence alone reveals the topic (a member ID, a date of birth…).</summary>
    public IReadOnlyList<PhiKind> Identifiers { get; init; } = [];
}
