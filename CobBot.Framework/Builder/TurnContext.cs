using CobBot.Framework.Schema;

namespace CobBot.Framework.Builder;

/// <summary>The default <see cref="ITurnContext"/>: addresses replies, runs send/update/delete hooks, then calls the adapter.</summary>
public sealed class TurnContext : ITurnContext
{
    private readonly List<SendActivitiesHandler> _onSend = [];
    private readonly List<UpdateActivityHandler> _onUpdate = [];
    private readonly List<DeleteActivityHandler> _onDelete = [];

    /// <summary>Creates a context for one incoming activity.</summary>
    public TurnContext(BotAdapter adapter, Activity activity)
    {
        Adapter = adapter ?? throw new ArgumentNullException(nameof(adapter));
        Activity = activity ?? throw new ArgumentNullException(nameof(activity));
    }

    /// <inheritdoc/>
    public BotAdapter Adapter { get; }

    /// <inheritdoc/>
    public TurnContextStateCollection TurnState { get; } = [];

    /// <inheritdoc/>
    public Activity Activity { get; }

    /// <inheritdoc/>
    public bool Responded { get; private set; }

    /// <inheritdoc/>
    public Task<ResourceResponse> SendActivityAsync(string text, string? speak = null, string inputHint = InputHints.AcceptingInput, CancellationToken cancellationToken = default)
    {
        var activity = Activity.CreateMessageActivity(text);
        activity.Speak = speak;
        activity.InputHint = inputHint;
        return SendActivityAsync(activity, cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        var responses = await SendActivitiesAsync([activity], cancellationToken).ConfigureAwait(false);
        return responses.Length > 0 ? responses[0] : new ResourceResponse();
    }

    /// <inheritdoc/>
    public Task<ResourceResponse[]> SendActivitiesAsync(IReadOnlyList<Activity> activities, CancellationToken cancellationToken = default)
    {
        var reference = Activity.GetConversationReference();
        var outgoing = new List<Activity>(activities.Count);
        foreach (var activity in activities)
        {
            activity.ApplyConversationReference(reference, isIncoming: false);
            activity.Locale ??= Activity.Locale;
            if (activity.IsType(ActivityTypes.Message)) activity.InputHint ??= InputHints.AcceptingInput;
            outgoing.Add(activity);
        }

        async Task<ResourceResponse[]> SendThroughAdapterAsync()
        {
            if (outgoing.Count == 0) return [];
            var responses = await Adapter.SendActivitiesAsync(this, outgoing, cancellationToken).ConfigureAwait(false);
            if (outgoing.Exists(a => !a.IsType(ActivityTypes.Typing) && !a.IsType(ActivityTypes.Trace)))
                Responded = true;
            return responses;
        }

        return RunHooksAsync(_onSend, 0, outgoing, SendThroughAdapterAsync);
    }

    private Task<ResourceResponse[]> RunHooksAsync(List<SendActivitiesHandler> hooks, int index, List<Activity> activities, Func<Task<ResourceResponse[]>> last) =>
        index == hooks.Count ? last() : hooks[index](this, activities, () => RunHooksAsync(hooks, index + 1, activities, last));

    /// <inheritdoc/>
    public Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        activity.ApplyConversationReference(Activity.GetConversationReference(), isIncoming: false);
        return RunUpdateHooksAsync(0, activity, () => Adapter.UpdateActivityAsync(this, activity, cancellationToken));
    }

    private Task<ResourceResponse> RunUpdateHooksAsync(int index, Activity activity, Func<Task<ResourceResponse>> last) =>
        index == _onUpdate.Count ? last() : _onUpdate[index](this, activity, () => RunUpdateHooksAsync(index + 1, activity, last));

    /// <inheritdoc/>
    public Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken = default)
    {
        var reference = Activity.GetConversationReference();
        reference.ActivityId = activityId;
        return RunDeleteHooksAsync(0, reference, () => Adapter.DeleteActivityAsync(this, reference, cancellationToken));
    }

    private Task RunDeleteHooksAsync(int index, ConversationReference reference, Func<Task> last) =>
        index == _onDelete.Count ? last() : _onDelete[index](this, reference, () => RunDeleteHooksAsync(index + 1, reference, last));

    /// <inheritdoc/>
    public ITurnContext OnSendActivities(SendActivitiesHandler handler)
    {
        _onSend.Add(handler ?? throw new ArgumentNullException(nameof(handler)));
        return this;
    }

    /// <inheritdoc/>
    public ITurnContext OnUpdateActivity(UpdateActivityHandler handler)
    {
        _onUpdate.Add(handler ?? throw new ArgumentNullException(nameof(handler)));
        return this;
    }

    /// <inheritdoc/>
    public ITurnContext OnDeleteActivity(DeleteActivityHandler handler)
    {
        _onDelete.Add(handler ?? throw new ArgumentNullException(nameof(handler)));
        return this;
    }
}
