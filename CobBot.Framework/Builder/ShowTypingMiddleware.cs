using CobBot.Framework.Schema;
using Microsoft.Extensions.Logging;

namespace CobBot.Framework.Builder;

/// <summary>
/// Shows a typing indicator while a message turn is slow: sends <c>typing</c> once the turn has run for
/// <see cref="Delay"/>, then every <see cref="Period"/> until it ends. Timed by the injected
/// <see cref="TimeProvider"/>. Not used for <c>expectReplies</c> turns, whose replies arrive all at once.
/// </summary>
public sealed class ShowTypingMiddleware(TimeProvider timeProvider, ILogger<ShowTypingMiddleware> logger) : IMiddleware
{
    /// <summary>How long a turn runs before the first indicator; 500 ms by default.</summary>
    public TimeSpan Delay { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How often the indicator repeats (clients show it for about 3 s); 2 s by default.</summary>
    public TimeSpan Period { get; init; } = TimeSpan.FromSeconds(2);

    /// <inheritdoc/>
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var activity = turnContext.Activity;
        if (!activity.IsType(ActivityTypes.Message) || activity.DeliveryMode == DeliveryModes.ExpectReplies)
        {
            await next(cancellationToken).ConfigureAwait(false);
            return;
        }

        var typing = new TypingIndicatorLoop(turnContext, timeProvider, Delay, Period, logger, cancellationToken);
        try
        {
            await next(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await typing.StopAsync().ConfigureAwait(false);
        }
    }
}
