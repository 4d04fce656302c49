namespace CobBot.Framework.State.EntityFramework;

/// <summary>
/// The queue of this process's writers to one SQLite database file. SQLite lets one connection write at a time; another
/// one gets <c>SQLITE_BUSY</c>, and Microsoft.Data.Sqlite then blocks its thread and retries every 150 ms — under
/// concurrent turns that costs latency and thread-pool threads. Writers that enter the gate first wait asynchronously
/// instead. One instance per database file, shared by <see cref="EntityFrameworkStorage"/> and any other writer of
/// that file in the process (registered as a singleton by <c>AddSqliteBotStorage</c>); another process still meets
/// SQLite's own lock.
/// </summary>
public sealed class SqliteWriteGate
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Waits for the other writers of the process; dispose the result to let the next one in.</summary>
    public async Task<IDisposable> EnterAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Turn(_gate);
    }

    private sealed class Turn(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0) gate.Release();
        }
    }
}
