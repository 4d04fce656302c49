using CobBot.Framework.Builder;
using CobBot.Framework.Schema;

namespace CobBot.Framework.Hosting;

public sealed partial class CloudAdapter
{
    /// <summary>
    /// Routes what the bot sends: an <c>invokeResponse</c> becomes the HTTP answer; <c>trace</c> is dropped
    /// unless the channel is the Emulator; with <c>expectReplies</c> everything is buffered for the response;
    /// <c>typing</c> goes out at once; everything else is held until the turn's state is saved. Held sends
    /// return a <see cref="ResourceResponse"/> without an id, since the channel has not assigned one yet.
    /// </summary>
    public override async Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activities);
        var outbox = OutboxOf(turnContext);
        var responses = new ResourceResponse[activities.Count];
        for (var i = 0; i < activities.Count; i++)
        {
            var activity = activities[i];
            activity.Id = null;
            responses[i] = new ResourceResponse();
            if (activity.IsType(ActivityTypes.InvokeResponse)) outbox.SetInvokeResponse(activity);
            else if (activity.IsType(ActivityTypes.Trace) && activity.ChannelId != Channels.Emulator) continue;
            else if (outbox.ExpectReplies) outbox.Buffer(activity);
            else if (activity.IsType(ActivityTypes.Typing)) responses[i] = await DeliverAsync(activity, cancellationToken).ConfigureAwait(false);
            else outbox.Hold(ct => DeliverAsync(activity, ct));
        }
        return responses;
    }

    /// <summary>Holds the update until the turn's state is saved; not available with <c>expectReplies</c>.</summary>
    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (string.IsNullOrEmpty(activity.Id)) throw new ArgumentException("The activity to update needs its id.", nameof(activity));
        HoldConnectorOperation(turnContext, ct => _connector.UpdateActivityAsync(activity, ct));
        return Task.FromResult(new ResourceResponse(activity.Id));
    }

    /// <summary>Holds the delete until the turn's state is saved; not available with <c>expectReplies</c>.</summary>
    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var serviceUrl = reference.ServiceUrl ?? throw new ArgumentException("The reference has no serviceUrl.", nameof(reference));
        var conversationId = reference.Conversation?.Id ?? throw new ArgumentException("The reference has no conversation id.", nameof(reference));
        var activityId = reference.ActivityId ?? throw new ArgumentException("The reference has no activity id.", nameof(reference));
        HoldConnectorOperation(turnContext, ct => _connector.DeleteActivityAsync(serviceUrl, conversationId, activityId, ct));
        return Task.CompletedTask;
    }

    private void HoldConnectorOperation(ITurnContext turnContext, Func<CancellationToken, Task> operation)
    {
        var outbox = OutboxOf(turnContext);
        if (outbox.ExpectReplies)
            throw new NotSupportedException("Activities cannot be updated or deleted in an expectReplies turn: it makes no Connector calls.");
        outbox.Hold(operation);
    }

    private Task<ResourceResponse> DeliverAsync(Activity activity, CancellationToken cancellationToken) =>
        string.IsNullOrEmpty(activity.ReplyToId)
            ? _connector.SendToConversationAsync(activity, cancellationToken)
            : _connector.ReplyToActivityAsync(activity, cancellationToken);

    private static TurnOutbox OutboxOf(ITurnContext turnContext) =>
        turnContext.TurnState.Get<TurnOutbox>()
        ?? throw new InvalidOperationException("CloudAdapter sends only within turns it runs (ProcessAsync or ContinueConversationAsync).");
}
