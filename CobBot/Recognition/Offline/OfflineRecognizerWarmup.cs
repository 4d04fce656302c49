using Microsoft.Extensions.Hosting;

namespace CobBot.Recognition.Offline;

/// <summary>
/// Makes the offline intent classifier ready (loads or trains its model) in the background as the app starts, so
/// startup is not held up and the first customer message does not pay for it. A message that arrives earlier simply waits for it.
/// </summary>
public sealed class OfflineRecognizerWarmup(OfflineIntentClassifier classifier) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        await classifier.EnsureReadyAsync(stoppingToken);
    }
}
