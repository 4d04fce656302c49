namespace CobBot.Conversation;

/// <summary>Settings of the <c>Bot</c> configuration section: how the bot talks to customers.</summary>
public sealed class BotOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Bot";

    /// <summary>
    /// A recognized <c>help</c> or <c>human_handoff</c> intent interrupts a running dialog only at or above this
    /// confidence; exact phrases ("help", "cancel", "talk to a person") always do.
    /// </summary>
    public double InterruptionScore { get; set; } = 0.8;

    /// <summary>How many knowledge passages a grounded answer may draw on.</summary>
    public int KnowledgePassages { get; set; } = 3;
}
