using CobBot.Framework.Builder;
using CobBot.Recognition;

namespace CobBot.Operations.Telemetry;

/// <summary>Bot middleware: a <c>cobbot.turn</c> span and the turn counter and duration, tagged with the channel and the recognized intent.</summary>
public sealed class TurnMetricsMiddleware(CobBotMetrics metrics, TimeProvider timeProvider) : CobBot.Framework.Builder.IMiddleware
{
    /// <inheritdoc />
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var channel = turnContext.Activity.ChannelId ?? "unknown";
        using var activity = CobBotMetrics.ActivitySource.StartActivity("cobbot.turn");
        activity?.SetTag("cobbot.channel", channel);
        var started = timeProvider.GetTimestamp();
        try
        {
            await next(cancellationToken);
        }
        finally
        {
            var intent = turnContext.TurnState.Get<RecognizerResult>()?.Intent ?? Intents.None;
            activity?.SetTag("cobbot.intent", intent);
            metrics.Turn(channel, intent, timeProvider.GetElapsedTime(started));
        }
    }
}
