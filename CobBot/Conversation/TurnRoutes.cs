using CobBot.Framework.Builder;

namespace CobBot.Conversation;

/// <summary>
/// How the bot handled a turn's message, kept in the turn state: the labels of the knowledge eval's <c>route</c>
/// column, recorded by the dialog that decides (the last decision of a turn wins, so a question that ends a waiting
/// prompt and is routed afresh reports where it went).
/// </summary>
public static class TurnRoutes
{
    /// <summary>Answered from a knowledge article.</summary>
    public const string Answer = "answer";

    /// <summary>A question about COB that no article answers: said so, a person offered.</summary>
    public const string NotFound = "not-found";

    /// <summary>Outside what COB's assistant is for (trivia, weather, jokes): the options shown.</summary>
    public const string OutOfScope = "out-of-scope";

    /// <summary>A request for medical advice: declined, a clinician suggested.</summary>
    public const string Medical = "medical";

    /// <summary>Handed to a person.</summary>
    public const string Handoff = "handoff";

    /// <summary>The booking dialog started.</summary>
    public const string Booking = "dialog:booking";

    /// <summary>The cancel-appointment dialog started.</summary>
    public const string Cancel = "dialog:cancel";

    /// <summary>The reschedule dialog started.</summary>
    public const string Reschedule = "dialog:reschedule";

    /// <summary>The appointment-status dialog started.</summary>
    public const string Status = "dialog:status";

    /// <summary>The help text.</summary>
    public const string Help = "help";

    /// <summary>A greeting, thanks or goodbye answered, or a message with nothing to route.</summary>
    public const string SmallTalk = "small-talk";

    private const string Key = "CobBot.TurnRoute";

    /// <summary>Records how <paramref name="turnContext"/>'s message was handled.</summary>
    public static void Record(ITurnContext turnContext, string route) =>
        (turnContext ?? throw new ArgumentNullException(nameof(turnContext))).TurnState.Set(Key, route);

    /// <summary>How the turn's message was handled, or null when no route was decided (a reply a running dialog took).</summary>
    public static string? Of(ITurnContext turnContext) =>
        (turnContext ?? throw new ArgumentNullException(nameof(turnContext))).TurnState.Get<string>(Key);
}
