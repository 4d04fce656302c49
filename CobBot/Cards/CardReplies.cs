using System.Text.Json.Nodes;
using CobBot.Framework.Builder;
using CobBot.Framework.Schema;

namespace CobBot.Cards;

/// <summary>
/// Shows the outcome of a card button where the customer pressed it. An Action.Execute is answered with the new card
/// as the invoke response (Teams replaces the card for the clicking user); an Action.Submit in Teams replaces the
/// card message through Update Activity on the submit's <c>replyToId</c>; anywhere else the card cannot be
/// replaced, so the outcome is sent as a new message when asked to.
/// </summary>
public static class CardReplies
{
    private const string InvokeResponseKey = "CobBot.Cards.InvokeResponse";

    /// <summary>Shows <paramref name="card"/> in place of the pressed card, or (<paramref name="sendOtherwise"/>) as a new message.</summary>
    /// <param name="turnContext">The turn of the button press.</param>
    /// <param name="submission">The press; null when the customer typed the answer instead.</param>
    /// <param name="card">The card to show.</param>
    /// <param name="text">Its plain-text version (activity text and summary).</param>
    /// <param name="sendOtherwise">Whether to send the card as a new message when it cannot replace the old one.</param>
    /// <param name="cancellationToken">Cancels the send.</param>
    public static async Task ShowAsync(
        ITurnContext turnContext, CardSubmission? submission, JsonObject card, string text, bool sendOtherwise, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (submission?.Source == CardSubmissionSource.Execute)
        {
            Answer(turnContext, AdaptiveCardInvokeResponse.Card(card));
            return;
        }
        var activity = BookingCards.ToActivity(card, text);
        if (submission is { CardActivityId: { } cardId } && turnContext.Activity.ChannelId == Channels.Msteams)
        {
            activity.Id = cardId;
            await turnContext.UpdateActivityAsync(activity, cancellationToken);
            return;
        }
        if (sendOtherwise) await turnContext.SendActivityAsync(activity, cancellationToken);
    }

    /// <summary>Sets the answer to this turn's <c>adaptiveCard/action</c> invoke.</summary>
    public static void Answer(ITurnContext turnContext, AdaptiveCardInvokeResponse response)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        turnContext.TurnState.Set(InvokeResponseKey, response);
    }

    /// <summary>The answer a dialog set for this turn's invoke, or null.</summary>
    public static AdaptiveCardInvokeResponse? InvokeResponse(ITurnContext turnContext) =>
        (turnContext ?? throw new ArgumentNullException(nameof(turnContext))).TurnState.Get<AdaptiveCardInvokeResponse>(InvokeResponseKey);
}
