using System.Diagnostics.Metrics;
using CobBot.Data;
using Microsoft.EntityFrameworkCore;

namespace CobBot.Operations.Telemetry;

/// <summary>The <c>cobbot.outbox.backlog</c> gauge: outbox messages still to deliver, counted once per collection.</summary>
public sealed class OutboxBacklog
{
    private readonly IDbContextFactory<CobBotDbContext> _contextFactory;
    private readonly ILogger<OutboxBacklog> _logger;

    /// <summary>Creates the gauge on the <see cref="CobBotMetrics.MeterName"/> meter.</summary>
    public OutboxBacklog(IMeterFactory meterFactory, IDbContextFactory<CobBotDbContext> contextFactory, ILogger<OutboxBacklog> logger)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        _contextFactory = contextFactory;
        _logger = logger;
        meterFactory.Create(CobBotMetrics.MeterName)
            .CreateObservableGauge("cobbot.outbox.backlog", Count, "{message}", "Outbox messages waiting for delivery.");
    }

    /// <summary>Pending messages; 0 (logged) when the database cannot be read.</summary>
    public long Count()
    {
        try
        {
            using var db = _contextFactory.CreateDbContext();
            return db.OutboxMessages.LongCount(m => m.NextAttemptUtc != null);
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException)
        {
            _logger.LogWarning(ex, "Could not count the outbox backlog");
            return 0;
        }
    }
}
