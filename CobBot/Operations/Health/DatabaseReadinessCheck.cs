using CobBot.Data;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CobBot.Operations.Health;

/// <summary>Ready when the app database is reachable and every migration is applied (the same state <c>/api/health</c> reports).</summary>
public sealed class DatabaseReadinessCheck(IDatabaseHealth database) : IHealthCheck
{
    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var status = await database.GetStatusAsync(cancellationToken);
        if (!status.Connected) return HealthCheckResult.Unhealthy("The database is unreachable.");
        return status.PendingMigrations.Count == 0
            ? HealthCheckResult.Healthy("Connected and migrated.")
            : HealthCheckResult.Unhealthy($"{status.PendingMigrations.Count} migration(s) pending.");
    }
}
