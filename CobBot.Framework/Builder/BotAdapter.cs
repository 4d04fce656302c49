using CobBot.Framework.Schema;
using CobBot.Framework.State;

namespace CobBot.Framework.Builder;

/// <summary>Connects a bot to a channel: runs turns through the middleware pipeline and sends what the bot says.</summary>
public abstract class BotAdapter
{
    /// <summary>The middleware that runs around every turn.</summary>
    protected MiddlewareSet MiddlewareSet { get; } = new();

    /// <summary>Called when a turn throws; the default rethrows.</summary>
    public Func<ITurnContext, Exception, Task>? OnTurnError { get; set; }

    /// <summary>Adds middleware to the pipeline.</summary>
    public BotAdapter Use(IMiddleware middleware)
    {
        MiddlewareSet.Use(middleware);
        return this;
    }

    /// <summary>Delivers activities to the channel.</summary>
    public abstract Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken);

    /// <summary>Replaces an activity in the channel.</summary>
    public abstract Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken);

    /// <summary>Deletes an activity from the channel.</summary>
    public abstract Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken);

    /// <summary>
    /// Runs <paramref name="callback"/> proactively in an existing conversation, as a synthetic
    /// <c>event</c> named <c>ContinueConversation</c> built from <paramref name="reference"/>.
    /// </summary>
    public virtual Task ContinueConversationAsync(ConversationReference reference, BotCallbackHandler callback, CancellationToken cancellationToken = default)
    {
        return RunPipelineAsync(new TurnContext(this, CreateContinueConversationActivity(reference)), callback, cancellationToken);
    }

    /// <summary>The synthetic <c>ContinueConversation</c> event a proactive turn runs on.</summary>
    protected static Activity CreateContinueConversationActivity(ConversationReference reference) =>
        new Activity { Type = ActivityTypes.Event, Name = "ContinueConversation" }.ApplyConversationReference(reference, isIncoming: true);

    /// <summary>
    /// Runs the middleware and the bot for one turn, routing exceptions to <see cref="OnTurnError"/> — except
    /// cancellation and <see cref="ETagConflictException"/>, which the adapter answers by re-running the turn.
    /// </summary>
    protected async Task RunPipelineAsync(ITurnContext turnContext, BotCallbackHandler? callback, CancellationToken cancellationToken)
    {
        try
        {
            await MiddlewareSet.ReceiveActivityWithStatusAsync(turnContext, callback, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (OnTurnError is not null && ex is not OperationCanceledException and not ETagConflictException)
        {
            await OnTurnError(turnContext, ex).ConfigureAwait(false);
        }
    }
}
