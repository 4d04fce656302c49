using System.Text.Json.Nodes;
using CobBot.Framework.State;

namespace CobBot.Tests.Framework.State;

/// <summary>The <see cref="IStorage"/> contract (eTag rules of <see cref="StoreItem"/>); one subclass per storage, a fresh store per test.</summary>
public abstract class StorageContractTests : IAsyncLifetime
{
    private IStorage? _storage;

    protected IStorage Storage => _storage ?? throw new InvalidOperationException("The storage is created in InitializeAsync.");

    /// <summary>Creates an empty storage for one test.</summary>
    protected abstract Task<IStorage> CreateStorageAsync();

    public async Task InitializeAsync() => _storage = await CreateStorageAsync();

    public virtual Task DisposeAsync() => Task.CompletedTask;

    [StorageFact]
    public async Task Reading_missing_keys_returns_no_items()
    {
        Assert.Empty(await Storage.ReadAsync(["test/conversations/missing", "other"]));
        Assert.Empty(await Storage.ReadAsync([]));
    }

    [StorageFact]
    public async Task A_nested_unicode_document_round_trips()
    {
        var document = JsonNode.Parse("""
            {"profile":{"name":"Zoë Ñúñez 日本語 😀","tags":["a","\"quoted\"","back\\slash"],"address":{"zip":"02139","lines":[]}},
             "count":42,"ratio":0.25,"active":true,"nothing":null,"steps":[{"id":1},{"id":2,"values":{"x":[1,[2,3]]}}]}
            """)!.AsObject();

        var etags = await Storage.WriteAsync(Items(("k/1", document, null)));
        var read = await Storage.ReadAsync(["k/1", "k/2"]);

        var item = Assert.Single(read);
        Assert.Equal("k/1", item.Key);
        Assert.True(JsonNode.DeepEquals(document, item.Value.Document), item.Value.Document.ToJsonString());
        Assert.Equal(etags["k/1"], item.Value.ETag);
    }

    [StorageFact]
    public async Task Star_creates_and_overwrites_whatever_is_stored()
    {
        await Storage.WriteAsync(Items(("k", Doc(1), StoreItem.AnyETag)));
        var etags = await Storage.WriteAsync(Items(("k", Doc(2), StoreItem.AnyETag)));

        var item = (await Storage.ReadAsync(["k"]))["k"];
        Assert.Equal(2, (int)item.Document["v"]!);
        Assert.Equal(etags["k"], item.ETag);
    }

    [StorageFact]
    public async Task A_matching_etag_updates()
    {
        var first = await Storage.WriteAsync(Items(("k", Doc(1), null)));
        var second = await Storage.WriteAsync(Items(("k", Doc(2), first["k"])));

        var item = (await Storage.ReadAsync(["k"]))["k"];
        Assert.Equal(2, (int)item.Document["v"]!);
        Assert.Equal(second["k"], item.ETag);
    }

    [StorageFact]
    public async Task A_read_item_changed_in_place_and_written_back_stores_the_change()
    {
        await Storage.WriteAsync(Items(("k", Doc(1), null)));
        var read = await Storage.ReadAsync(["k"]);
        read["k"].Document["v"] = 2;

        await Storage.WriteAsync(new Dictionary<string, StoreItem>(read));

        Assert.Equal(2, (int)(await Storage.ReadAsync(["k"]))["k"].Document["v"]!);
    }

    [StorageFact]
    public async Task A_stale_etag_conflicts_and_nothing_in_the_batch_is_written()
    {
        var first = await Storage.WriteAsync(Items(("b/stale", Doc(1), null)));
        await Storage.WriteAsync(Items(("b/stale", Doc(2), first["b/stale"])));

        // "a/new" sorts before the stale key, so a storage that wrote it first must roll it back.
        var ex = await Assert.ThrowsAsync<ETagConflictException>(() =>
            Storage.WriteAsync(Items(("a/new", Doc(10), null), ("b/stale", Doc(3), first["b/stale"]), ("c/new", Doc(11), StoreItem.AnyETag))));

        Assert.Equal("b/stale", ex.Key);
        var stored = await Storage.ReadAsync(["a/new", "b/stale", "c/new"]);
        Assert.Equal(["b/stale"], stored.Keys);
        Assert.Equal(2, (int)stored["b/stale"].Document["v"]!);
    }

    [StorageFact]
    public async Task A_specific_etag_for_a_missing_item_conflicts()
    {
        var ex = await Assert.ThrowsAsync<ETagConflictException>(() => Storage.WriteAsync(Items(("k", Doc(1), "some-etag"))));

        Assert.Equal("k", ex.Key);
        Assert.Empty(await Storage.ReadAsync(["k"]));
    }

    [StorageFact]
    public async Task A_null_etag_creates_and_a_second_create_conflicts()
    {
        await Storage.WriteAsync(Items(("k", Doc(1), null)));

        await Assert.ThrowsAsync<ETagConflictException>(() => Storage.WriteAsync(Items(("k", Doc(2), null))));
        Assert.Equal(1, (int)(await Storage.ReadAsync(["k"]))["k"].Document["v"]!);
    }

    [StorageFact]
    public async Task Delete_removes_items_and_ignores_missing_keys()
    {
        await Storage.WriteAsync(Items(("k/1", Doc(1), null), ("k/2", Doc(2), null)));

        await Storage.DeleteAsync(["k/1", "k/missing"]);
        await Storage.DeleteAsync([]);

        Assert.Equal(["k/2"], (await Storage.ReadAsync(["k/1", "k/2"])).Keys);
    }

    [StorageFact]
    public async Task A_deleted_item_can_be_created_again_with_a_null_etag()
    {
        await Storage.WriteAsync(Items(("k", Doc(1), null)));
        await Storage.DeleteAsync(["k"]);

        await Storage.WriteAsync(Items(("k", Doc(2), null)));
        Assert.Equal(2, (int)(await Storage.ReadAsync(["k"]))["k"].Document["v"]!);
    }

    [StorageFact]
    public async Task The_etag_changes_on_every_write()
    {
        var seen = new HashSet<string>();
        var etag = (await Storage.WriteAsync(Items(("k", Doc(0), null))))["k"];
        seen.Add(etag);
        for (var i = 1; i <= 3; i++)
        {
            etag = (await Storage.WriteAsync(Items(("k", Doc(i), etag))))["k"];
            Assert.True(seen.Add(etag), $"eTag '{etag}' was reused.");
        }
        Assert.True(seen.Add((await Storage.WriteAsync(Items(("k", Doc(4), StoreItem.AnyETag))))["k"]));
        Assert.Equal(5, seen.Count);
    }

    [StorageFact]
    public async Task Concurrent_writers_with_the_same_etag_have_exactly_one_winner()
    {
        var stale = (await Storage.WriteAsync(Items(("k", Doc(-1), null))))["k"];

        var outcomes = await RaceAsync(20, writer => Storage.WriteAsync(Items(("k", Doc(writer), stale))));

        var (winner, etag) = Assert.Single(outcomes, o => o.ETag is not null);
        var item = (await Storage.ReadAsync(["k"]))["k"];
        Assert.Equal(winner, (int)item.Document["v"]!);
        Assert.Equal(etag, item.ETag);
    }

    [StorageFact]
    public async Task Concurrent_creators_have_exactly_one_winner()
    {
        var outcomes = await RaceAsync(20, writer => Storage.WriteAsync(Items(("k", Doc(writer), null))));

        var (winner, etag) = Assert.Single(outcomes, o => o.ETag is not null);
        var item = (await Storage.ReadAsync(["k"]))["k"];
        Assert.Equal(winner, (int)item.Document["v"]!);
        Assert.Equal(etag, item.ETag);
    }

    /// <summary>Starts all writers together; each outcome is the new eTag, or null when the writer got a conflict.</summary>
    private static async Task<(int Writer, string? ETag)[]> RaceAsync(int writers, Func<int, Task<IReadOnlyDictionary<string, string>>> write)
    {
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var tasks = Enumerable.Range(0, writers).Select(writer => Task.Run(async () =>
        {
            await start.Task;
            try
            {
                return (writer, (string?)(await write(writer))["k"]);
            }
            catch (ETagConflictException)
            {
                return (writer, null);
            }
        })).ToArray();
        start.SetResult();
        return await Task.WhenAll(tasks);
    }

    private static JsonObject Doc(int value) => new() { ["v"] = value };

    private static Dictionary<string, StoreItem> Items(params (string Key, JsonObject Document, string? ETag)[] items) =>
        items.ToDictionary(i => i.Key, i => new StoreItem(i.Document, i.ETag));
}
