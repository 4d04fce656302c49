using CobBot.Framework.State;

namespace CobBot.Tests.Dialogs.Booking;

/// <summary>
/// Memory storage whose next write can be made to fail with <see cref="ETagConflictException"/>, as when another
/// instance saved the conversation first: the turn's state is then not saved, and the framework runs the turn again
/// on the state as it was before.
/// </summary>
internal sealed class ConflictingStorage : IStorage
{
    private readonly MemoryStorage _inner = new();

    /// <summary>Makes the next write fail.</summary>
    public bool FailNextWrite { get; set; }

    public Task<IDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) =>
        _inner.ReadAsync(keys, cancellationToken);

    public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken = default)
    {
        if (!FailNextWrite) return _inner.WriteAsync(changes, cancellationToken);
        FailNextWrite = false;
        throw new ETagConflictException(changes.Keys.First(), "1", "2");
    }

    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) =>
        _inner.DeleteAsync(keys, cancellationToken);
}
