using CobBot.Data;
using Microsoft.EntityFrameworkCore;

namespace CobBot.Operations.Telemetry;

/// <summary>Counts the outbox messages still to deliver, for the <c>cobbot.outbox.backlog</c> gauge (read once per collection).</summary>
public sealed class OutboxBacklog(IDbContextFactory<CobBotDbContext> contextFactory, ILogger<OutboxBacklog> logger)
{
    /// <summary>Pending messages; 0 (logged) when the database cannot be read.</summary>
    public long Count()
    {
        try
        {
            using var db = contextFactory.CreateDbContext();
            return db.OutboxMessages.LongCount(m => m.NextAttemptUtc != null);
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException)
        {
            logger.LogWarning(ex, "Could not count the outbox backlog");
            return 0;
        }
    }
}
