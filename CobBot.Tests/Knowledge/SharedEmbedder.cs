using CobBot.Knowledge.Embeddings;

namespace CobBot.Tests.Knowledge;

/// <summary>The shipped embedding model, loaded once for all tests (as the app loads it once per process).</summary>
public static class SharedEmbedder
{
    private static readonly Lazy<SentenceEmbeddingGenerator> Lazy = new(SentenceEmbeddingGenerator.CreateDefault);

    public static SentenceEmbeddingGenerator Instance => Lazy.Value;
}
