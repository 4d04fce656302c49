using CobBot.Recognition.Offline;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CobBot.Operations.Health;

/// <summary>Ready once the offline intent classifier (the answer and the fallback in every mode) has its model loaded or trained.</summary>
public sealed class RecognizerReadinessCheck(OfflineIntentClassifier classifier) : IHealthCheck
{
    /// <inheritdoc />
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(classifier.ReadyDuration is null
            ? HealthCheckResult.Unhealthy("The intent model is still loading.")
            : HealthCheckResult.Healthy("The intent model is loaded."));
}
