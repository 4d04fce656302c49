using Microsoft.Extensions.Options;

namespace CobBot.Email;

/// <summary>
/// Background worker: runs <see cref="OutboxProcessor"/> whenever mail is committed (<see cref="OutboxSignal"/>),
/// when the next retry is due, or at the poll interval, whichever comes first.
/// </summary>
public sealed class OutboxDispatcher(
    OutboxProcessor processor,
    OutboxSignal signal,
    TimeProvider timeProvider,
    IOptionsMonitor<EmailOptions> options,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var settings = options.CurrentValue.Outbox;
            var wait = TimeSpan.FromSeconds(settings.PollIntervalSeconds);
            try
            {
                var pass = await processor.DeliverDueAsync(stoppingToken);
                if (pass.NextDueUtc is { } due)
                {
                    var untilDue = due - timeProvider.GetUtcNow().UtcDateTime;
                    wait = untilDue < TimeSpan.Zero ? TimeSpan.Zero : untilDue < wait ? untilDue : wait;
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Outbox pass failed");
            }

            if (wait > TimeSpan.Zero)
                await signal.WaitAsync(wait, timeProvider, stoppingToken);
        }
    }
}
