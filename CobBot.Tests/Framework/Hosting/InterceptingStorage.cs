using CobBot.Framework.State;

namespace CobBot.Tests.Framework.Hosting;

/// <summary>
/// A <see cref="MemoryStorage"/> that behaves like real (asynchronous) storage — every call yields, so
/// concurrent turns interleave — counts writes, and can run a hook (another writer, a failure) before each write.
/// </summary>
internal sealed class InterceptingStorage : IStorage
{
    private int _writes;

    public MemoryStorage Inner { get; } = new();

    /// <summary>Write attempts, including ones that conflicted or failed.</summary>
    public int Writes => Volatile.Read(ref _writes);

    /// <summary>Runs before each write is passed on; it may write to <see cref="Inner"/> itself or throw.</summary>
    public Func<IReadOnlyDictionary<string, StoreItem>, Task>? BeforeWrite { get; set; }

    public async Task<IDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        await Task.Yield();
        return await Inner.ReadAsync(keys, cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken = default)
    {
        await Task.Yield();
        Interlocked.Increment(ref _writes);
        if (BeforeWrite is { } hook) await hook(changes);
        return await Inner.WriteAsync(changes, cancellationToken);
    }

    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) =>
        Inner.DeleteAsync(keys, cancellationToken);
}
