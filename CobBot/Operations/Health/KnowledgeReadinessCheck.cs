using CobBot.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CobBot.Operations.Health;

/// <summary>Ready when the knowledge articles are indexed in the app database (the start-up synchronization ran).</summary>
public sealed class KnowledgeReadinessCheck(IDbContextFactory<CobBotDbContext> contextFactory) : IHealthCheck
{
    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.KnowledgeSections.AnyAsync(cancellationToken)
            ? HealthCheckResult.Healthy("Knowledge articles are indexed.")
            : HealthCheckResult.Unhealthy("No knowledge article is indexed.");
    }
}
