using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CobBot.Framework.State;

/// <summary>Typed reads and writes over <see cref="IStorage"/>, serialised with <see cref="StateJson.Options"/>.</summary>
public static class StorageExtensions
{
    /// <summary>Reads the items that exist among <paramref name="keys"/> as <typeparamref name="T"/>, each with its stored eTag.</summary>
    public static async Task<IDictionary<string, T>> ReadAsync<T>(this IStorage storage, IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
        where T : IStoreItem
    {
        ArgumentNullException.ThrowIfNull(storage);
        var items = await storage.ReadAsync(keys, cancellationToken).ConfigureAwait(false);
        var result = new Dictionary<string, T>(items.Count, StringComparer.Ordinal);
        foreach (var (key, item) in items)
        {
            var value = item.Document.Deserialize<T>(StateJson.Options)!; // a JSON object never deserialises to null
            value.ETag = item.ETag;
            result[key] = value;
        }
        return result;
    }

    /// <summary>
    /// Writes the items, checking each one's eTag as <see cref="IStorage.WriteAsync"/> does; on success each item's
    /// <see cref="IStoreItem.ETag"/> is set to its new eTag, so it can be written again.
    /// </summary>
    public static async Task WriteAsync<T>(this IStorage storage, IDictionary<string, T> changes, CancellationToken cancellationToken = default)
        where T : class, IStoreItem
    {
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentNullException.ThrowIfNull(changes);
        var items = new Dictionary<string, StoreItem>(changes.Count, StringComparer.Ordinal);
        foreach (var (key, value) in changes)
        {
            var document = JsonSerializer.SerializeToNode(value, StateJson.Options) as JsonObject
                ?? throw new JsonException($"The item '{key}' does not serialise to a JSON object.");
            if (ETagProperty<T>.JsonName is { } etagName) document.Remove(etagName);
            items[key] = new StoreItem(document, value.ETag);
        }
        var etags = await storage.WriteAsync(items, cancellationToken).ConfigureAwait(false);
        foreach (var (key, value) in changes) value.ETag = etags[key];
    }

    /// <summary>The JSON name <typeparamref name="T"/>'s eTag property is written under, if it is written at all.</summary>
    private static class ETagProperty<T>
    {
        public static readonly string? JsonName = StateJson.Options.GetTypeInfo(typeof(T)).Properties
            .FirstOrDefault(p => p.AttributeProvider is PropertyInfo { Name: nameof(IStoreItem.ETag) })?.Name;
    }
}
