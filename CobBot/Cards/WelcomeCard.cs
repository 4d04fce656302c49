using System.Text.Json.Nodes;
using CobBot.Framework.Builder;
using CobBot.Framework.Schema;

namespace CobBot.Cards;

/// <summary>
/// The welcome: an Adaptive Card (schema 1.5, <c>Cards/welcome.json</c>) with <c>Action.Submit</c> buttons only — the
/// variant every channel renders and returns the same way (Teams, Web Chat, the Emulator; Web Chat cannot run
/// <c>Action.Execute</c>) — plus the same greeting as the activity's <c>text</c> and <c>summary</c> for clients and
/// notifications that show no card. A button press comes back as a message whose <c>value</c> carries the utterance.
/// </summary>
public static class WelcomeCard
{
    /// <summary>The <c>kind</c> in the buttons' submit data.</summary>
    public const string SubmitKind = "welcome";

    /// <summary>The card's heading.</summary>
    public const string Title = "Welcome to COB Company";

    /// <summary>The greeting, also sent as the activity's text and summary.</summary>
    public const string Greeting =
        "Hi, I'm CobBot, COB Company's virtual assistant. I can answer questions about our services, policies and hours, " +
        "help with appointments, and put you in touch with our team.";

    private const string Hint = "Choose an option or just type your question.";
    private const string TurnStateKey = "CobBot.WelcomeSent";
    private static readonly AdaptiveCardTemplate Template = AdaptiveCardTemplate.Load("welcome");

    /// <summary>The buttons: title and the utterance a press sends.</summary>
    public static IReadOnlyList<(string Title, string Utterance)> Actions { get; } =
    [
        ("What COB Company does", "What does COB Company do?"),
        ("Book an appointment", "I'd like to book an appointment"),
        ("Talk to a person", "I'd like to talk to a person"),
    ];

    /// <summary>Creates the welcome activity.</summary>
    public static Activity Create()
    {
        var card = Template.Expand(new JsonObject
        {
            ["title"] = Title,
            ["intro"] = Greeting,
            ["hint"] = Hint,
            ["summary"] = Greeting,
            ["fallbackText"] = $"{Greeting} {Hint}",
            ["submitKind"] = SubmitKind,
            ["actions"] = new JsonArray([.. Actions.Select(a => new JsonObject { ["title"] = a.Title, ["utterance"] = a.Utterance })]),
        });
        var activity = MessageFactory.Attachment(new Attachment { ContentType = AdaptiveCardInvokeResponse.CardContentType, Content = card }, Greeting);
        activity.Summary = Greeting;
        return activity;
    }

    /// <summary>Records that the welcome went out in this turn.</summary>
    public static void MarkSent(ITurnContext turnContext) => turnContext.TurnState.Set(TurnStateKey, true);

    /// <summary>True when the welcome went out in this turn (so a greeting needs no second hello).</summary>
    public static bool WasSentThisTurn(ITurnContext turnContext) => turnContext.TurnState.Get<bool>(TurnStateKey);

    /// <summary>The utterance of a pressed welcome button in <paramref name="activity"/>'s <c>value</c>, or null.</summary>
    public static string? SubmittedUtterance(Activity activity) =>
        activity.Value is JsonObject value
        && value["kind"] is JsonValue kind && kind.TryGetValue<string>(out var submitted) && submitted == SubmitKind
        && value["utterance"] is JsonValue utterance && utterance.TryGetValue<string>(out var text)
            ? text
            : null;
}
