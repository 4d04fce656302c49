using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CobBot.Framework.DirectLine;

/// <summary>
/// Deletes conversations idle for longer than <see cref="DirectLineOptions.ConversationRetention"/>, with their logs
/// and uploads: at start, then every <see cref="DirectLineOptions.RetentionCheckInterval"/> on the injected clock.
/// A failed pass is logged and retried at the next interval.
/// </summary>
internal sealed partial class DirectLineRetention(
    IDirectLineStore store, IOptionsMonitor<DirectLineOptions> options, TimeProvider timeProvider, ILogger<DirectLineRetention> logger)
    : BackgroundService
{
    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await DeleteIdleAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(ex);
            }
            await Task.Delay(options.CurrentValue.RetentionCheckInterval, timeProvider, stoppingToken).ConfigureAwait(false);
        }
    }

    private async Task DeleteIdleAsync(CancellationToken cancellationToken)
    {
        var retention = options.CurrentValue.ConversationRetention;
        var deleted = await store.DeleteConversationsIdleSinceAsync(timeProvider.GetUtcNow() - retention, cancellationToken).ConfigureAwait(false);
        if (deleted > 0) LogDeleted(deleted, retention.TotalDays);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted {Count} Direct Line conversation(s) idle for more than {Days} days")]
    private partial void LogDeleted(int count, double days);

    [LoggerMessage(Level = LogLevel.Error, Message = "Deleting idle Direct Line conversations failed; trying again at the next interval")]
    private partial void LogFailed(Exception exception);
}
