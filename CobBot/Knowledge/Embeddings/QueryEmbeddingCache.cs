using System.Collections.Concurrent;
using Microsoft.Extensions.AI;

namespace CobBot.Knowledge.Embeddings;

/// <summary>
/// The vectors of recently searched queries, so a question asked again (customers ask the same few things) is not run
/// through the embedding model again. A query vector depends only on the model and the query text — never on the
/// articles — so an entry cannot go stale when content changes. Keys are the exact text: even whitespace changes the
/// model's vector, so any normalisation would change answers. Bounded: when <see cref="Capacity"/> entries are held the
/// cache starts over. Thread-safe; two concurrent misses of one text both compute the same vector.
/// </summary>
public sealed class QueryEmbeddingCache(IEmbeddingGenerator<string, Embedding<float>> embedder, int capacity = QueryEmbeddingCache.DefaultCapacity)
{
    /// <summary>Entries held by default (a 384-dimension vector is 1.5 KB, so about 6 MB).</summary>
    public const int DefaultCapacity = 4096;

    private readonly ConcurrentDictionary<string, ReadOnlyMemory<float>> _vectors = new(StringComparer.Ordinal);

    /// <summary>Most entries held before the cache starts over.</summary>
    public int Capacity { get; } = capacity > 0 ? capacity : throw new ArgumentOutOfRangeException(nameof(capacity));

    /// <summary>The vector of <paramref name="text"/>, from the cache or the model.</summary>
    public async Task<ReadOnlyMemory<float>> GetAsync(string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (_vectors.TryGetValue(text, out var cached)) return cached;

        var vector = await embedder.GenerateVectorAsync(text, cancellationToken: cancellationToken);
        if (_vectors.Count >= Capacity) _vectors.Clear();
        _vectors.TryAdd(text, vector);
        return vector;
    }
}
