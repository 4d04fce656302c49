using System.Collections.Concurrent;
using CobBot.Framework.State.EntityFramework;
using Microsoft.EntityFrameworkCore;

namespace CobBot.Data;

/// <summary>
/// Inserts rows that many turns add at the same time (analytics records, transcript lines) in one transaction instead
/// of one each: a caller's rows join the batch of whatever is waiting while a commit runs, and the call returns once
/// its rows are committed, so nothing is deferred or lost on shutdown. SQLite has one writer and each commit syncs the
/// WAL, so under load this turns many commits into few. When a batch fails, each caller's rows are retried on their
/// own, so one caller's error (say, a duplicate key) reaches only that caller. Each commit queues in the
/// <see cref="SqliteWriteGate"/> it shares with the bot state's writes to the same file, so neither meets the other's
/// lock (SQLITE_BUSY, on which Microsoft.Data.Sqlite blocks a thread for 150 ms); on PostgreSQL, which has no such
/// lock, there is no gate.
/// </summary>
public sealed class BatchedDbWriter(IDbContextFactory<CobBotDbContext> contextFactory, SqliteWriteGate? writeGate = null)
{
    /// <summary>At most this many callers' rows go into one transaction.</summary>
    public const int MaxBatch = 256;

    private readonly ConcurrentQueue<Pending> _queue = new();
    private int _committing;

    /// <summary>Inserts <paramref name="entities"/> (new entities of the app's model) and returns when they are committed.</summary>
    /// <exception cref="DbUpdateException">These rows could not be inserted.</exception>
    public Task InsertAsync(IReadOnlyCollection<object> entities, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entities);
        if (entities.Count == 0) return Task.CompletedTask;
        var pending = new Pending(entities, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        _queue.Enqueue(pending);
        if (Interlocked.CompareExchange(ref _committing, 1, 0) == 0) _ = Task.Run(CommitAllAsync, CancellationToken.None);
        return pending.Done.Task.WaitAsync(cancellationToken);
    }

    // One committer at a time; it leaves only when the queue is empty, and a caller that enqueued meanwhile starts the next.
    private async Task CommitAllAsync()
    {
        do
        {
            var batch = new List<Pending>();
            while (batch.Count < MaxBatch && _queue.TryDequeue(out var next)) batch.Add(next);
            while (batch.Count > 0)
            {
                await CommitAsync(batch);
                batch.Clear();
                while (batch.Count < MaxBatch && _queue.TryDequeue(out var next)) batch.Add(next);
            }
            Volatile.Write(ref _committing, 0);
        }
        while (!_queue.IsEmpty && Interlocked.CompareExchange(ref _committing, 1, 0) == 0);
    }

    private async Task CommitAsync(List<Pending> batch)
    {
        try
        {
            await SaveAsync(batch.SelectMany(p => p.Entities));
            foreach (var pending in batch) pending.Done.TrySetResult();
        }
        catch (Exception) when (batch.Count > 1)
        {
            foreach (var pending in batch) await CommitAloneAsync(pending);
        }
        catch (Exception ex)
        {
            batch[0].Done.TrySetException(ex);
        }
    }

    private async Task CommitAloneAsync(Pending pending)
    {
        try
        {
            await SaveAsync(pending.Entities);
            pending.Done.TrySetResult();
        }
        catch (Exception ex)
        {
            pending.Done.TrySetException(ex);
        }
    }

    private async Task SaveAsync(IEnumerable<object> entities)
    {
        await using var db = await contextFactory.CreateDbContextAsync();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.AddRange(entities);
        using var turn = writeGate is null ? null : await writeGate.EnterAsync();
        await db.SaveChangesAsync();
    }

    private sealed record Pending(IReadOnlyCollection<object> Entities, TaskCompletionSource Done);
}
