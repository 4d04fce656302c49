using CobBot.Framework.Builder;
using CobBot.Framework.Schema;

namespace CobBot.Tests.Framework.Hosting;

/// <summary>A bare adapter for handler unit tests: records what the bot sends.</summary>
internal sealed class RecordingAdapter : BotAdapter
{
    public List<Activity> Sent { get; } = [];

    public static TurnContext ContextFor(Activity activity, out RecordingAdapter adapter)
    {
        adapter = new RecordingAdapter();
        return new TurnContext(adapter, activity);
    }

    public override Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        Sent.AddRange(activities);
        return Task.FromResult(activities.Select(_ => new ResourceResponse()).ToArray());
    }

    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
        throw new NotSupportedException("Handler tests do not update activities.");

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
        throw new NotSupportedException("Handler tests do not delete activities.");
}
