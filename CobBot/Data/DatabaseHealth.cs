using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace CobBot.Data;

/// <summary>Checks the app database through a short-lived <see cref="CobBotDbContext"/>.</summary>
public sealed class DatabaseHealth(IDbContextFactory<CobBotDbContext> contextFactory, ILogger<DatabaseHealth> logger) : IDatabaseHealth
{
    /// <inheritdoc />
    public async Task<DatabaseStatus> GetStatusAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        try
        {
            if (!await db.Database.CanConnectAsync(cancellationToken))
            {
                return new DatabaseStatus(false, null, []);
            }

            var applied = await db.Database.GetAppliedMigrationsAsync(cancellationToken);
            var pending = await db.Database.GetPendingMigrationsAsync(cancellationToken);
            return new DatabaseStatus(true, applied.LastOrDefault(), [.. pending]);
        }
        catch (DbException ex)
        {
            logger.LogWarning(ex, "Database health check failed");
            return new DatabaseStatus(false, null, []);
        }
    }
}
