using System.Runtime.CompilerServices;
using CobBot.Handoff.Persistence;
using CobBot.Scheduling.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CobBot.Operations.Telemetry;

/// <summary>
/// Counts bookings and escalations where they become true: when a new <see cref="Appointment"/> or
/// <see cref="Escalation"/> is saved, whichever path (dialog or REST API) created it. Counted after the save succeeded.
/// </summary>
public sealed class SavedEntityMetricsInterceptor(CobBotMetrics metrics) : SaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, List<object>> _pending = [];

    /// <inheritdoc />
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Capture(eventData.Context);
        return result;
    }

    /// <inheritdoc />
    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Capture(eventData.Context);
        return ValueTask.FromResult(result);
    }

    /// <inheritdoc />
    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Record(eventData.Context);
        return result;
    }

    /// <inheritdoc />
    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Record(eventData.Context);
        return ValueTask.FromResult(result);
    }

    /// <inheritdoc />
    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        if (eventData.Context is { } context) _pending.Remove(context);
    }

    /// <inheritdoc />
    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        SaveChangesFailed(eventData);
        return Task.CompletedTask;
    }

    private void Capture(DbContext? context)
    {
        if (context is null) return;
        var added = context.ChangeTracker.Entries()
            .Where(e => e.State == EntityState.Added && e.Entity is Appointment or Escalation)
            .Select(e => e.Entity)
            .ToList();
        if (added.Count > 0) _pending.AddOrUpdate(context, added);
    }

    private void Record(DbContext? context)
    {
        if (context is null || !_pending.TryGetValue(context, out var saved)) return;
        _pending.Remove(context);
        foreach (var entity in saved)
        {
            if (entity is Appointment appointment) metrics.Booking(appointment.Service);
            else if (entity is Escalation escalation) metrics.Escalation(escalation.ChannelId, escalation.Reason.ToString());
        }
    }
}
