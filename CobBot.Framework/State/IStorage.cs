namespace CobBot.Framework.State;

/// <summary>A key/value store of JSON documents with eTag optimistic concurrency (see <see cref="StoreItem"/>).</summary>
public interface IStorage
{
    /// <summary>Reads the items that exist among <paramref name="keys"/>; missing keys are absent from the result.</summary>
    Task<IDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes all <paramref name="changes"/>, checking each eTag; returns the new eTag of each key.
    /// Throws <see cref="ETagConflictException"/> when an eTag does not match, writing none of the changes.
    /// </summary>
    Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken = default);

    /// <summary>Deletes the items; missing keys are ignored.</summary>
    Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default);
}
