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
            else if (activity.IsType(ActivityTypes.Typing)) responses[i] = await SendAsync(activity, cancellationToken).ConfigureAwait(false);
            else outbox.Hold(new HeldOperation(HeldOperationKind.Send, activity));
        }
        return responses;
    }

    /// <summary>Holds the update until the turn's state is saved; not available with <c>expectReplies</c>.</summary>
    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (string.IsNullOrEmpty(activity.Id)) throw new ArgumentException("The activity to update needs its id.", nameof(activity));
        HoldConnectorOperation(turnContext, new HeldOperation(HeldOperationKind.Update, activity));
        return Task.FromResult(new ResourceResponse(activity.Id));
    }

    /// <summary>Holds the delete until the turn's state is saved; not available with <c>expectReplies</c>.</summary>
    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (reference.ServiceUrl is null) throw new ArgumentException("The reference has no serviceUrl.", nameof(reference));
        if (reference.Conversation?.Id is null) throw new ArgumentException("The reference has no conversation id.", nameof(reference));
        if (reference.ActivityId is null) throw new ArgumentException("The reference has no activity id.", nameof(reference));
        HoldConnectorOperation(turnContext, new HeldOperation(HeldOperationKind.Delete, Reference: reference));
        return Task.CompletedTask;
    }

    private void HoldConnectorOperation(ITurnContext turnContext, HeldOperation operation)
    {
        var outbox = OutboxOf(turnContext);
        if (outbox.ExpectReplies)
            throw new NotSupportedException("Activities cannot be updated or deleted in an expectReplies turn: it makes no Connector calls.");
        outbox.Hold(operation);
    }

    /// <summary>Makes a held Connector call.</summary>
    private Task DeliverAsync(HeldOperation operation, CancellationToken cancellationToken) => operation.Kind switch
    {
        HeldOperationKind.Send => SendAsync(operation.Activity!, cancellationToken),
        HeldOperationKind.Update => _connector.UpdateActivityAsync(operation.Activity!, cancellationToken),
        HeldOperationKind.Delete => _connector.DeleteActivityAsync(
            operation.Reference!.ServiceUrl!, operation.Reference.Conversation!.Id!, operation.Reference.ActivityId!, cancellationToken),
        _ => throw new InvalidOperationException($"Unknown held operation '{operation.Kind}'."),
    };

    private Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken) =>
        string.IsNullOrEmpty(activity.ReplyToId)
            ? _connector.SendToConversationAsync(activity, cancellationToken)
            : _connector.ReplyToActivityAsync(activity, cancellationToken);

    private static TurnOutbox OutboxOf(ITurnContext turnContext) =>
        turnContext.TurnState.Get<TurnOutbox>()
        ?? throw new InvalidOperationException("CloudAdapter sends only within turns it runs (ProcessAsync or ContinueConversationAsync).");
}
