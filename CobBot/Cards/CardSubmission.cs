using System.Text.Json.Nodes;
using CobBot.Framework.Builder;
using CobBot.Framework.Schema;

namespace CobBot.Cards;

/// <summary>
/// A button pressed on one of CobBot's cards, read the same way whichever way it arrived: <c>value</c> of a message
/// (Action.Submit) or <c>value.action</c> of an <c>adaptiveCard/action</c> invoke (Action.Execute, where the verb
/// is the action). The button data carries <c>kind</c> (which card), <c>action</c> and the card's own <c>cardId</c>.
/// </summary>
/// <param name="Kind">Which card, e.g. <see cref="BookingCards.SubmitKind"/>.</param>
/// <param name="Action">The button, e.g. <see cref="BookingCards.Confirm"/>.</param>
/// <param name="CardId">The id the card was issued with, or null.</param>
/// <param name="Source">Submit or Execute.</param>
/// <param name="CardActivityId">The id of the message holding the card (the submit's <c>replyToId</c>), when known.</param>
public sealed record CardSubmission(string Kind, string Action, Guid? CardId, CardSubmissionSource Source, string? CardActivityId)
{
    /// <summary>The card button pressed in <paramref name="activity"/>, or null when it is not a card submission.</summary>
    public static CardSubmission? Read(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.IsType(ActivityTypes.Message) && activity.Value is JsonObject data)
            return FromData(data, null, CardSubmissionSource.Submit, activity.ReplyToId);
        if (activity.IsType(ActivityTypes.Invoke) && activity.Name == ActivityHandler.AdaptiveCardActionInvokeName
            && activity.Value?["action"] is JsonObject action && action["data"] is JsonObject executeData)
            return FromData(executeData, Text(action["verb"]), CardSubmissionSource.Execute, activity.ReplyToId);
        return null;
    }

    private static CardSubmission? FromData(JsonObject data, string? verb, CardSubmissionSource source, string? cardActivityId)
    {
        var kind = Text(data["kind"]);
        var action = Text(data["action"]) ?? verb;
        if (kind is null || action is null) return null;
        Guid? cardId = Guid.TryParse(Text(data["cardId"]), out var id) ? id : null;
        return new CardSubmission(kind, action, cardId, source, cardActivityId);
    }

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text) ? text : null;
}
