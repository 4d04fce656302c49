using System.Globalization;
using CobBot.Framework.Builder;
using CobBot.Framework.Schema;

namespace CobBot.Framework.Testing;

/// <summary>
/// An in-memory adapter for tests: runs activities through the middleware and the bot, one fresh
/// <see cref="TurnContext"/> per activity, and queues everything the bot sends for the test to read.
/// </summary>
public sealed class TestAdapter : BotAdapter
{
    private readonly Queue<Activity> _replies = new();
    private readonly Lock _lock = new();
    private int _nextId;

    /// <summary>Creates an adapter for a one-to-one conversation between "user1" and "bot" on <paramref name="channelId"/>.</summary>
    public TestAdapter(string channelId = Channels.Test) =>
        Conversation = new ConversationReference
        {
            ChannelId = channelId,
            ServiceUrl = "https://test.com",
            User = new ChannelAccount("user1", "User1", RoleTypes.User),
            Bot = new ChannelAccount("bot", "Bot", RoleTypes.Bot),
            Conversation = new ConversationAccount($"{channelId}-conversation") { ConversationType = "personal" },
        };

    /// <summary>The conversation the adapter's activities belong to.</summary>
    public ConversationReference Conversation { get; }

    /// <summary>Creates a message from the user, addressed to the bot, with the next activity id.</summary>
    public Activity MakeActivity(string? text = null) =>
        new Activity { Type = ActivityTypes.Message, Text = text, Id = NextId() }
            .ApplyConversationReference(Conversation, isIncoming: true);

    /// <summary>
    /// Runs one turn for <paramref name="activity"/>; addressing it from the user to the bot and giving it an id
    /// and message type when it has none.
    /// </summary>
    public Task ProcessActivityAsync(Activity activity, BotCallbackHandler callback, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        activity.Type ??= ActivityTypes.Message;
        activity.Id ??= NextId();
        if (activity.Conversation is null) activity.ApplyConversationReference(Conversation, isIncoming: true);
        return RunPipelineAsync(new TurnContext(this, activity), callback, cancellationToken);
    }

    /// <summary>Runs one turn for a message from the user.</summary>
    public Task SendTextToBotAsync(string text, BotCallbackHandler callback, CancellationToken cancellationToken = default) =>
        ProcessActivityAsync(MakeActivity(text), callback, cancellationToken);

    /// <summary>The oldest reply not read yet, or null.</summary>
    public Activity? GetNextReply()
    {
        lock (_lock) return _replies.TryDequeue(out var reply) ? reply : null;
    }

    /// <inheritdoc/>
    public override Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        var responses = new ResourceResponse[activities.Count];
        lock (_lock)
        {
            for (var i = 0; i < activities.Count; i++)
            {
                activities[i].Id ??= NextId();
                _replies.Enqueue(activities[i]);
                responses[i] = new ResourceResponse(activities[i].Id);
            }
        }
        return Task.FromResult(responses);
    }

    /// <summary>Replaces a queued reply that has the same id.</summary>
    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
    {
        lock (_lock) Requeue(_replies.Select(a => a.Id == activity.Id ? activity : a).ToList());
        return Task.FromResult(new ResourceResponse(activity.Id));
    }

    /// <summary>Removes a queued reply.</summary>
    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken)
    {
        lock (_lock) Requeue(_replies.Where(a => a.Id != reference.ActivityId).ToList());
        return Task.CompletedTask;
    }

    private void Requeue(List<Activity> replies)
    {
        _replies.Clear();
        foreach (var reply in replies) _replies.Enqueue(reply);
    }

    private string NextId() => Interlocked.Increment(ref _nextId).ToString(CultureInfo.InvariantCulture);
}
