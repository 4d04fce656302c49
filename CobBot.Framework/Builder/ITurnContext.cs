using CobBot.Framework.Schema;

namespace CobBot.Framework.Builder;

/// <summary>Everything a bot needs during one turn: the incoming activity, a way to reply, and per-turn state.</summary>
public interface ITurnContext
{
    /// <summary>The adapter that created this context.</summary>
    BotAdapter Adapter { get; }

    /// <summary>Services and values scoped to this turn.</summary>
    TurnContextStateCollection TurnState { get; }

    /// <summary>The incoming activity.</summary>
    Activity Activity { get; }

    /// <summary>True once the bot has sent a message (not typing or trace) this turn.</summary>
    bool Responded { get; }

    /// <summary>Sends a text message.</summary>
    Task<ResourceResponse> SendActivityAsync(string text, string? speak = null, string inputHint = InputHints.AcceptingInput, CancellationToken cancellationToken = default);

    /// <summary>Sends an activity, addressed as a reply to the incoming one.</summary>
    Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default);

    /// <summary>Sends activities in order.</summary>
    Task<ResourceResponse[]> SendActivitiesAsync(IReadOnlyList<Activity> activities, CancellationToken cancellationToken = default);

    /// <summary>Replaces a previously sent activity (its <see cref="Activity.Id"/> names it).</summary>
    Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken = default);

    /// <summary>Deletes a previously sent activity.</summary>
    Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken = default);

    /// <summary>Adds a hook that runs whenever activities are sent.</summary>
    ITurnContext OnSendActivities(SendActivitiesHandler handler);

    /// <summary>Adds a hook that runs whenever an activity is updated.</summary>
    ITurnContext OnUpdateActivity(UpdateActivityHandler handler);

    /// <summary>Adds a hook that runs whenever an activity is deleted.</summary>
    ITurnContext OnDeleteActivity(DeleteActivityHandler handler);
}
