namespace CobBot.Framework.Builder;

/// <summary>An ordered set of middleware that runs around the bot's logic.</summary>
public sealed class MiddlewareSet : IMiddleware
{
    private readonly List<IMiddleware> _middleware = [];

    /// <summary>Appends a middleware.</summary>
    public MiddlewareSet Use(IMiddleware middleware)
    {
        _middleware.Add(middleware ?? throw new ArgumentNullException(nameof(middleware)));
        return this;
    }

    /// <summary>Runs every middleware in order, then <paramref name="callback"/>.</summary>
    public Task ReceiveActivityWithStatusAsync(ITurnContext turnContext, BotCallbackHandler? callback, CancellationToken cancellationToken) =>
        RunAsync(turnContext, 0, callback, cancellationToken);

    /// <inheritdoc/>
    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default) =>
        RunAsync(turnContext, 0, (ctx, ct) => next(ct), cancellationToken);

    private Task RunAsync(ITurnContext turnContext, int index, BotCallbackHandler? callback, CancellationToken cancellationToken)
    {
        if (index == _middleware.Count)
            return callback is null ? Task.CompletedTask : callback(turnContext, cancellationToken);
        return _middleware[index].OnTurnAsync(turnContext, ct => RunAsync(turnContext, index + 1, callback, ct), cancellationToken);
    }
}
