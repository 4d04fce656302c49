using System.Text.Json.Nodes;

namespace CobBot.Framework.State;

/// <summary>An in-process <see cref="IStorage"/>. Documents are stored serialised, so readers never share objects with writers.</summary>
public sealed class MemoryStorage : IStorage
{
    private readonly Dictionary<string, (string Json, string ETag)> _items = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private long _version;

    /// <inheritdoc/>
    public Task<IDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        var found = new List<(string Key, string Json, string ETag)>(keys.Count);
        lock (_lock)
        {
            foreach (var key in keys)
            {
                if (_items.TryGetValue(key, out var item)) found.Add((key, item.Json, item.ETag));
            }
        }
        // Parsed outside the lock: concurrent turns of other conversations need not wait for it.
        var result = new Dictionary<string, StoreItem>(found.Count, StringComparer.Ordinal);
        foreach (var (key, json, etag) in found) result[key] = new StoreItem((JsonObject)JsonNode.Parse(json)!, etag) { LoadedJson = json };
        return Task.FromResult<IDictionary<string, StoreItem>>(result);
    }

    /// <inheritdoc/>
    public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken = default)
    {
        var serialized = changes.ToDictionary(c => c.Key, c => c.Value.ToJson(), StringComparer.Ordinal);
        var etags = new Dictionary<string, string>(changes.Count, StringComparer.Ordinal);
        lock (_lock)
        {
            foreach (var (key, item) in changes)
            {
                var stored = _items.TryGetValue(key, out var existing) ? existing.ETag : null;
                if (item.ETag != StoreItem.AnyETag && item.ETag != stored)
                    throw new ETagConflictException(key, item.ETag, stored);
            }
            foreach (var (key, json) in serialized)
            {
                var etag = (++_version).ToString(System.Globalization.CultureInfo.InvariantCulture);
                _items[key] = (json, etag);
                etags[key] = etag;
            }
        }
        return Task.FromResult<IReadOnlyDictionary<string, string>>(etags);
    }

    /// <inheritdoc/>
    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            foreach (var key in keys) _items.Remove(key);
        }
        return Task.CompletedTask;
    }
}
