using CobBot.Recognition;

namespace CobBot.Conversation;

/// <summary>
/// Tells a question about policies and rules from the action its intent names: "how much notice do I need to give to
/// cancel the service" is recognized as <c>cancel_appointment</c>, "when was COB founded" as <c>appointment_status</c>,
/// "what uptime do you guarantee" as <c>help</c>. Such a message is a candidate for the knowledge base when it carries
/// nothing an action needs (no confirmation code, date or time), reads as a question, and does not act on the
/// customer's own appointment ("can you cancel my demo?"). A booking intent qualifies only with low confidence.
/// The caller answers from knowledge only when the knowledge base has a match.
/// </summary>
public static class QuestionRouting
{
    private static readonly HashSet<string> QuestionWords = new(StringComparer.Ordinal)
    {
        "what", "whats", "when", "how", "if", "can", "could", "do", "does", "is", "are", "will", "until", "which", "who",
        "why", "where", "should", "may", "am", "any", "in", "after", "before", "by",
    };

    private static readonly string[] OwnAppointment =
    [
        "my appointment", "my demo", "my booking", "my consultation", "my session", "my meeting", "my call", "my analysis",
        "our appointment", "our demo", "our booking", "our consultation", "our session", "our meeting",
    ];

    /// <summary>Whether <paramref name="text"/>, recognized as <paramref name="recognized"/>, may be a question for the knowledge base.</summary>
    public static bool MayBeQuestion(string? text, RecognizerResult recognized, double confidentScore)
    {
        ArgumentNullException.ThrowIfNull(recognized);
        if (string.IsNullOrWhiteSpace(text)) return false;
        var help = recognized.Intent == Intents.Help;
        var action = recognized.Intent is Intents.CancelAppointment or Intents.RescheduleAppointment or Intents.AppointmentStatus
            || (recognized.Intent == Intents.BookAppointment && recognized.Score < confidentScore);
        if (!help && !action) return false;

        var entities = recognized.Entities;
        if (entities.ConfirmationCode is not null || entities.Date is not null || entities.Time is not null) return false;
        // Help: any message that is more than a plea for help ("what uptime do you guarantee", "my claim was denied, what can you do").
        if (help) return true;
        var lower = text.ToLowerInvariant().Replace("'", "").Replace("\u2019", "");
        return !OwnAppointment.Any(lower.Contains) && ReadsAsQuestion(text);
    }

    /// <summary>
    /// Whether <paramref name="text"/>, sent while a flow waits for an answer, is a question to answer aside before the
    /// flow asks again: a confident <c>kb_query</c> worded as a question, or a policy question (<see cref="MayBeQuestion"/>).
    /// </summary>
    public static bool IsQuestionAside(string? text, RecognizerResult? recognized, double confidentScore) =>
        recognized is not null && !string.IsNullOrWhiteSpace(text)
        && ((recognized.Intent == Intents.KbQuery && recognized.Score >= confidentScore && ReadsAsQuestion(text))
            || MayBeQuestion(text, recognized, confidentScore));

    /// <summary>Whether <paramref name="text"/> ends with a question mark or starts with a question word.</summary>
    private static bool ReadsAsQuestion(string text)
    {
        var lower = text.ToLowerInvariant().Replace("'", "").Replace("\u2019", "");
        var first = lower.Split([' ', ',', '?', '!', '.'], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
        return lower.TrimEnd().EndsWith('?') || QuestionWords.Contains(first);
    }
}
