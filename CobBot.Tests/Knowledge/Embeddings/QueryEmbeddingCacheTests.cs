using CobBot.Knowledge.Embeddings;
using Microsoft.Extensions.AI;

namespace CobBot.Tests.Knowledge.Embeddings;

public class QueryEmbeddingCacheTests
{
    [Fact]
    public async Task Whitespace_changes_the_models_vector_so_keys_are_the_exact_text()
    {
        var model = new CountingEmbedder(SharedEmbedder.Instance);
        var cache = new QueryEmbeddingCache(model);

        var plain = await cache.GetAsync("do you verify insurance eligibility?");
        var spaced = await cache.GetAsync("do you verify\ninsurance eligibility?");

        Assert.Equal(2, model.Calls);
        Assert.NotEqual(plain.ToArray(), spaced.ToArray());
        Assert.Equal((await SharedEmbedder.Instance.GenerateVectorAsync("do you verify\ninsurance eligibility?")).ToArray(), spaced.ToArray());
    }

    [Fact]
    public async Task A_query_asked_again_is_answered_from_the_cache_with_the_models_vector()
    {
        var model = new CountingEmbedder(SharedEmbedder.Instance);
        var cache = new QueryEmbeddingCache(model);

        var first = await cache.GetAsync("what are your support hours");
        var again = await cache.GetAsync("what are your support hours");
        var other = await cache.GetAsync("what is your refund policy");

        Assert.Equal(2, model.Calls);
        Assert.Equal(first.ToArray(), again.ToArray());
        Assert.Equal((await SharedEmbedder.Instance.GenerateVectorAsync("what are your support hours")).ToArray(), first.ToArray());
        Assert.NotEqual(first.ToArray(), other.ToArray());
    }

    [Fact]
    public async Task The_cache_holds_at_most_its_capacity()
    {
        var model = new CountingEmbedder(SharedEmbedder.Instance);
        var cache = new QueryEmbeddingCache(model, capacity: 2);

        await cache.GetAsync("one");
        await cache.GetAsync("two");
        await cache.GetAsync("three"); // full: starts over with "three"
        await cache.GetAsync("three");
        await cache.GetAsync("one");

        Assert.Equal(4, model.Calls);
    }

    private sealed class CountingEmbedder(IEmbeddingGenerator<string, Embedding<float>> inner) : IEmbeddingGenerator<string, Embedding<float>>
    {
        public int Calls { get; private set; }

        public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
            IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
        {
            Calls++;
            return inner.GenerateAsync(values, options, cancellationToken);
        }

        public object? GetService(Type serviceType, object? serviceKey = null) => inner.GetService(serviceType, serviceKey);

        public void Dispose()
        {
        }
    }
}
