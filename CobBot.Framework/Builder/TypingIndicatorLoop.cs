using CobBot.Framework.Schema;
using Microsoft.Extensions.Logging;

namespace CobBot.Framework.Builder;

/// <summary>
/// The timer behind <see cref="ShowTypingMiddleware"/>. A tick is skipped while the previous indicator is
/// still being sent, and stopping waits for an in-flight send, so no indicator trails the turn's replies.
/// </summary>
internal sealed class TypingIndicatorLoop
{
    private readonly ITurnContext _turnContext;
    private readonly ILogger _logger;
    private readonly CancellationToken _cancellationToken;
    private readonly Lock _gate = new();
    private readonly ITimer _timer;
    private Task _inFlight = Task.CompletedTask;
    private bool _stopped;

    public TypingIndicatorLoop(ITurnContext turnContext, TimeProvider timeProvider, TimeSpan delay, TimeSpan period, ILogger logger, CancellationToken cancellationToken)
    {
        _turnContext = turnContext;
        _logger = logger;
        _cancellationToken = cancellationToken;
        _timer = timeProvider.CreateTimer(_ => Tick(), null, delay, period);
    }

    /// <summary>Stops the timer and waits for an indicator being sent.</summary>
    public async Task StopAsync()
    {
        Task pending;
        lock (_gate)
        {
            _stopped = true;
            pending = _inFlight;
        }
        await _timer.DisposeAsync().ConfigureAwait(false);
        await pending.ConfigureAwait(false);
    }

    private void Tick()
    {
        lock (_gate)
        {
            if (_stopped || !_inFlight.IsCompleted) return;
            _inFlight = SendTypingAsync();
        }
    }

    private async Task SendTypingAsync()
    {
        try
        {
            var typing = new Activity { Type = ActivityTypes.Typing, RelatesTo = _turnContext.Activity.RelatesTo };
            await _turnContext.SendActivityAsync(typing, _cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // The turn is being cancelled; the indicator no longer matters.
        }
        catch (Exception ex)
        {
            _logger.LogWarning("A typing indicator could not be sent: {Failure}", ExceptionText.Describe(ex));
        }
    }
}
