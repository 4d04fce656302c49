using CobBot.Recognition;

namespace CobBot.Conversation;

/// <summary>
/// Decides whether a message interrupts the running dialog. Exact phrases always do ("cancel" alone stops the flow;
/// "cancel my appointment" does not, it is a request). A recognized <c>help</c> or <c>human_handoff</c> intent does
/// only with high confidence, so an answer to a question ("yes", a phone number) is never taken for one.
/// </summary>
public static class InterruptionDetector
{
    private static readonly HashSet<string> HelpPhrases = new(StringComparer.Ordinal)
    {
        "help", "help me", "what can you do", "what can i say", "what can i ask", "options", "menu", "i'm confused", "im confused",
    };

    private static readonly HashSet<string> CancelPhrases = new(StringComparer.Ordinal)
    {
        "cancel", "cancel that", "cancel this", "stop", "quit", "exit", "abort", "never mind", "nevermind", "forget it", "start over",
    };

    private static readonly HashSet<string> HumanPhrases = new(StringComparer.Ordinal)
    {
        "agent", "human", "person", "operator", "representative", "live agent", "real person", "a human", "a person",
        "talk to a human", "talk to a person", "talk to someone", "talk to an agent", "speak to a human", "speak to a person",
        "speak to someone", "speak to an agent", "speak with someone", "human please", "agent please", "connect me to an agent",
    };

    /// <summary>The interruption <paramref name="text"/> asks for, given the turn's <paramref name="recognized"/> intent.</summary>
    public static Interruption Detect(string? text, RecognizerResult? recognized, double minimumScore)
    {
        var phrase = Normalize(text);
        if (CancelPhrases.Contains(phrase)) return Interruption.Cancel;
        if (HelpPhrases.Contains(phrase)) return Interruption.Help;
        if (HumanPhrases.Contains(phrase)) return Interruption.HumanRequested;
        if (recognized is null || recognized.Score < minimumScore) return Interruption.None;
        return recognized.Intent switch
        {
            Intents.Help => Interruption.Help,
            Intents.HumanHandoff => Interruption.HumanRequested,
            _ => Interruption.None,
        };
    }

    /// <summary>Lower case, single spaces, without surrounding punctuation ("Cancel!" → "cancel").</summary>
    private static string Normalize(string? text)
    {
        var words = (text ?? "").ToLowerInvariant().Replace('\u2019', '\'')
            .Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return string.Join(' ', words).Trim('.', '!', '?', ',', ' ');
    }
}
