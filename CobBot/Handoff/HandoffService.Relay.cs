using System.Text.Json.Nodes;
using CobBot.Framework.Builder;
using CobBot.Framework.Dialogs.Choices;
using CobBot.Framework.Schema;
using CobBot.Handoff.Persistence;

namespace CobBot.Handoff;

public sealed partial class HandoffService
{
    /// <summary>The <c>handoff.status</c> event name.</summary>
    public const string StatusEventName = "handoff.status";

    /// <summary>
    /// Call first for every message, before recognition and dialogs; when it returns true the turn is handled and
    /// the bot must not answer. While the conversation is queued or with an agent, the message is left for the
    /// agent (it is in the transcript; the consoles are notified) and the bot stays silent — except a whole-message
    /// "cancel" / "back to bot", which leaves the queue and hands the conversation back to the bot. After an agent
    /// resolved the conversation, the next message is read as the 1–5 rating (anything else returns false and the
    /// bot carries on as usual).
    /// </summary>
    public async Task<bool> TryRelayAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        if (!activity.IsType(ActivityTypes.Message)) return false;
        var escalation = await queue.FindOpenAsync(activity.GetConversationKey(), cancellationToken);
        if (escalation is null) return false;

        if (escalation.Status is EscalationStatus.Queued or EscalationStatus.Assigned)
        {
            if (rules.IsLeaveRequest(activity.Text))
            {
                if (await queue.CloseAsync(escalation.Id, EscalationStatus.Cancelled, cancellationToken))
                    events.Publish(new HandoffEvent(HandoffEvent.QueueKind, escalation.Id, escalation.AssignedAgent));
                await turnContext.SendActivityAsync(HandoffMessages.LeftQueue, cancellationToken: cancellationToken);
                return true;
            }
            await queue.UpdateReferenceAsync(escalation.Id, SerializeReference(activity), cancellationToken);
            events.Publish(new HandoffEvent(HandoffEvent.MessageKind, escalation.Id, escalation.AssignedAgent));
            return true;
        }

        var rating = ReadRating(activity.Text);
        await queue.RecordRatingAsync(escalation.Id, rating, cancellationToken);
        if (rating is null) return false;
        logger.LogInformation("Escalation {EscalationId} rated {Rating}", escalation.Id, rating);
        await turnContext.SendActivityAsync(HandoffMessages.RatingThanks, cancellationToken: cancellationToken);
        return true;
    }

    /// <summary>
    /// Honours a <c>handoff.status</c> event from the channel's agent hub (call it from <c>OnHandoffStatusAsync</c>):
    /// <c>accepted</c> assigns the queued escalation to the hub, <c>failed</c> cancels it and tells the customer the bot
    /// is back, <c>completed</c> resolves it and asks for the rating. Never rejects the event; returns true when it
    /// changed an escalation.
    /// </summary>
    public async Task<bool> HandleStatusAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        if (!activity.IsType(ActivityTypes.Event) || activity.Name != StatusEventName) return false;
        var key = activity.GetConversationKey();
        var state = activity.Value is JsonObject value && value["state"] is JsonValue node && node.TryGetValue(out string? text) ? text : null;

        if (state == "accepted")
        {
            var accepted = await queue.AcceptByHubAsync(key, cancellationToken);
            if (accepted) PublishQueueChange(await queue.FindActiveAsync(key, cancellationToken));
            return accepted;
        }
        if (state is not ("failed" or "completed")) return false;
        if (await queue.FindActiveAsync(key, cancellationToken) is not { } active) return false;

        var completed = state == "completed";
        if (!await queue.CloseAsync(active.Id, completed ? EscalationStatus.Resolved : EscalationStatus.Cancelled, cancellationToken)) return false;
        PublishQueueChange(active);
        var reply = completed
            ? MessageFactory.SuggestedActions(HandoffMessages.RatingChoices, HandoffMessages.Resolved("The agent"))
            : MessageFactory.Text(HandoffMessages.HubFailed(_emergencyPhone));
        await turnContext.SendActivityAsync(reply, cancellationToken);
        return true;
    }

    private void PublishQueueChange(Escalation? escalation)
    {
        if (escalation is not null) events.Publish(new HandoffEvent(HandoffEvent.QueueKind, escalation.Id, escalation.AssignedAgent));
    }

    /// <summary>A whole-number rating from 1 to 5 ("4", "5 stars", "three"), or null.</summary>
    private static int? ReadRating(string? text) =>
        NumberRecognizer.RecognizeNumber(text) is { } number && number == decimal.Truncate(number) && number is >= 1 and <= 5
            ? (int)number
            : null;
}
