using CobBot.Framework.State;

namespace CobBot.Tests.Framework.Dialogs;

/// <summary>A <see cref="MemoryStorage"/> that counts reads and keeps the last document written, to prove state really round-trips.</summary>
internal sealed class CountingStorage : IStorage
{
    private readonly MemoryStorage _inner = new();

    public int Reads { get; private set; }

    public string? LastWrittenJson { get; private set; }

    public async Task<IDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        Reads++;
        return await _inner.ReadAsync(keys, cancellationToken);
    }

    public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken = default)
    {
        LastWrittenJson = string.Join("\n", changes.Values.Select(c => c.Document.ToJsonString()));
        return _inner.WriteAsync(changes, cancellationToken);
    }

    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) =>
        _inner.DeleteAsync(keys, cancellationToken);
}
