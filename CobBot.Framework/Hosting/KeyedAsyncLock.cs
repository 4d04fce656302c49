namespace CobBot.Framework.Hosting;

/// <summary>
/// One async mutex per key (a conversation). An entry exists only while someone holds or awaits it,
/// so idle conversations cost nothing and the table never grows without bound.
/// </summary>
internal sealed class KeyedAsyncLock
{
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>Keys currently held or awaited.</summary>
    public int Count
    {
        get { lock (_gate) return _entries.Count; }
    }

    /// <summary>How many callers hold or await <paramref name="key"/>.</summary>
    public int UsersOf(string key)
    {
        lock (_gate) return _entries.TryGetValue(key, out var entry) ? entry.Users : 0;
    }

    /// <summary>Waits for exclusive use of <paramref name="key"/>; dispose the result to release it.</summary>
    public async Task<IDisposable> AcquireAsync(string key, CancellationToken cancellationToken)
    {
        Entry entry;
        lock (_gate)
        {
            if (!_entries.TryGetValue(key, out entry!)) _entries[key] = entry = new Entry();
            entry.Users++;
        }
        try
        {
            await entry.Semaphore.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            Leave(key, entry, held: false);
            throw;
        }
        return new Releaser(this, key, entry);
    }

    private void Leave(string key, Entry entry, bool held)
    {
        lock (_gate)
        {
            if (held) entry.Semaphore.Release();
            if (--entry.Users == 0) _entries.Remove(key);
        }
    }

    private sealed class Entry
    {
        public SemaphoreSlim Semaphore { get; } = new(1, 1);
        public int Users { get; set; }
    }

    private sealed class Releaser(KeyedAsyncLock owner, string key, Entry entry) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0) owner.Leave(key, entry, held: true);
        }
    }
}
