namespace CobBot.Handoff;

/// <summary>A decision to hand the conversation to a person, and how to route it.</summary>
/// <param name="Reason">Why.</param>
/// <param name="Priority">How urgently.</param>
/// <param name="Skill">The agent skill to route to, e.g. <c>billing</c> (sent in <c>handoff.initiate</c>).</param>
/// <param name="Topic">For <see cref="EscalationReason.BusinessTopic"/>, the topic's customer-facing label, e.g. "billing dispute".</param>
public sealed record EscalationRequest(EscalationReason Reason, EscalationPriority Priority, string Skill, string? Topic = null)
{
    /// <summary>The customer asked for a person, with the default skill and normal priority.</summary>
    public static EscalationRequest CustomerAsked(string skill = EscalationTopic.GeneralSkill) =>
        new(EscalationReason.CustomerRequest, EscalationPriority.Normal, skill);

    /// <summary>A short description for agents, e.g. "billing dispute" or "customer asked for a person".</summary>
    public string Describe() => Reason switch
    {
        EscalationReason.BusinessTopic => Topic ?? "business topic",
        EscalationReason.NegativeSentiment => "customer is upset",
        EscalationReason.NotUnderstood => "bot could not help",
        _ => "customer asked for a person",
    };
}
