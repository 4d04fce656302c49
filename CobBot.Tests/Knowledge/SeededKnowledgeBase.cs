using CobBot.Knowledge;
using CobBot.Tests.Data;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CobBot.Tests.Knowledge;

/// <summary>A fresh migrated database loaded from an article source, with a <see cref="KnowledgeBase"/> over it.</summary>
public sealed class SeededKnowledgeBase : IAsyncDisposable
{
    private SeededKnowledgeBase(TestDatabase database, IArticleSource source, KnowledgeOptions options, FakeTimeProvider time)
    {
        Database = database;
        Time = time;
        var index = new KnowledgeSectionIndex(database);
        Synchronizer = new KnowledgeSynchronizer(source, SharedEmbedder.Instance, index, time, NullLogger<KnowledgeSynchronizer>.Instance);
        KnowledgeBase = new KnowledgeBase(database, SharedEmbedder.Instance, index, Options.Create(options), time);
    }

    public TestDatabase Database { get; }

    public FakeTimeProvider Time { get; }

    public KnowledgeSynchronizer Synchronizer { get; }

    public KnowledgeBase KnowledgeBase { get; }

    /// <summary>Migrates a new database and loads <paramref name="source"/> (default: the shipped articles).</summary>
    public static async Task<SeededKnowledgeBase> CreateAsync(IArticleSource? source = null, KnowledgeOptions? options = null)
    {
        var seeded = new SeededKnowledgeBase(
            await TestDatabase.CreateMigratedAsync(),
            source ?? new EmbeddedArticleSource(),
            options ?? new KnowledgeOptions(),
            new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 15, 0, 0, TimeSpan.Zero)));
        try
        {
            await seeded.SyncAsync();
            return seeded;
        }
        catch
        {
            await seeded.DisposeAsync();
            throw;
        }
    }

    public async Task<KnowledgeSyncResult> SyncAsync()
    {
        await using var db = Database.CreateDbContext();
        return await Synchronizer.SyncAsync(db);
    }

    public ValueTask DisposeAsync() => Database.DisposeAsync();
}
