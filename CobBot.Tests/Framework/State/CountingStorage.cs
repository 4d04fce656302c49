using CobBot.Framework.State;

namespace CobBot.Tests.Framework.State;

/// <summary>Counts the calls that reach the wrapped storage.</summary>
internal sealed class CountingStorage(IStorage inner) : IStorage
{
    public int Reads { get; private set; }
    public int Writes { get; private set; }
    public int Deletes { get; private set; }

    public Task<IDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        Reads++;
        return inner.ReadAsync(keys, cancellationToken);
    }

    public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken = default)
    {
        Writes++;
        return inner.WriteAsync(changes, cancellationToken);
    }

    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        Deletes++;
        return inner.DeleteAsync(keys, cancellationToken);
    }
}
