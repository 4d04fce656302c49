using CobBot.Framework.State;

namespace CobBot.Tests.Framework.State;

public sealed class StorageExtensionsTests
{
    private readonly MemoryStorage _storage = new();

    [Fact]
    public async Task Typed_items_round_trip_with_their_etag_outside_the_document()
    {
        var item = new TestStoreItem { Name = "Zoë", Visits = 2 };

        await _storage.WriteAsync(new Dictionary<string, TestStoreItem> { ["k"] = item });

        var stored = (await _storage.ReadAsync(["k"]))["k"];
        Assert.Equal(stored.ETag, item.ETag);
        Assert.Equal(["name", "visits"], stored.Document.Select(p => p.Key));
        var read = Assert.Single(await _storage.ReadAsync<TestStoreItem>(["k", "missing"]));
        Assert.Equal(("Zoë", 2, item.ETag), (read.Value.Name, read.Value.Visits, read.Value.ETag));
    }

    [Fact]
    public async Task A_written_item_carries_its_new_etag_and_a_stale_copy_conflicts()
    {
        await _storage.WriteAsync(new Dictionary<string, TestStoreItem> { ["k"] = new() { Name = "first" } });
        var mine = (await _storage.ReadAsync<TestStoreItem>(["k"]))["k"];
        var theirs = (await _storage.ReadAsync<TestStoreItem>(["k"]))["k"];

        mine.Visits = 1;
        await _storage.WriteAsync(new Dictionary<string, TestStoreItem> { ["k"] = mine });
        mine.Visits = 2;
        await _storage.WriteAsync(new Dictionary<string, TestStoreItem> { ["k"] = mine });

        theirs.Visits = 100;
        await Assert.ThrowsAsync<ETagConflictException>(() => _storage.WriteAsync(new Dictionary<string, TestStoreItem> { ["k"] = theirs }));
        Assert.Equal(2, (await _storage.ReadAsync<TestStoreItem>(["k"]))["k"].Visits);
    }

    private sealed class TestStoreItem : IStoreItem
    {
        public string? Name { get; set; }
        public int Visits { get; set; }
        public string? ETag { get; set; }
    }
}
