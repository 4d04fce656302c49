namespace CobBot.Framework.State;

/// <summary>
/// A typed stored object that carries its own eTag, for <see cref="StorageExtensions"/>. The eTag follows the
/// rules of <see cref="StoreItem"/> and is kept out of the stored JSON.
/// </summary>
public interface IStoreItem
{
    /// <summary>The version read, or <c>"*"</c> / <c>null</c> on write; see <see cref="StoreItem"/>.</summary>
    string? ETag { get; set; }
}
