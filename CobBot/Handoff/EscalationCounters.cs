namespace CobBot.Handoff;

/// <summary>Per-conversation counts the <see cref="EscalationPolicy"/> keeps between turns (stored in conversation state).</summary>
public sealed class EscalationCounters
{
    /// <summary>Turns in a row the bot did not understand or could not answer from the knowledge base.</summary>
    public int ConsecutiveMisses { get; set; }
}
