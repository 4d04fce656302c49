using System.Text.Json.Nodes;
using CobBot.Framework.State;

namespace CobBot.Tests.Framework.State;

/// <summary>
/// <see cref="ConversationState"/> and <see cref="UserState"/> over a storage; one subclass per storage. Each
/// <see cref="StateTestAdapter.Turn"/> is a new turn (empty turn cache), as a new request would be.
/// </summary>
public abstract partial class BotStateTests : IAsyncLifetime
{
    private CountingStorage? _storage;

    /// <summary>The storage under test, counting the calls that reach it.</summary>
    private protected CountingStorage Storage => _storage ?? throw new InvalidOperationException("The storage is created in InitializeAsync.");

    protected abstract Task<IStorage> CreateStorageAsync();

    public async Task InitializeAsync() => _storage = new CountingStorage(await CreateStorageAsync());

    public virtual Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Typed_properties_round_trip_through_storage()
    {
        var state = new ConversationState(Storage);
        var profile = state.CreateProperty<TestProfile>("profile");
        var count = state.CreateProperty<int>("count");

        var first = StateTestAdapter.Turn();
        await profile.SetAsync(first, new TestProfile { Name = "Zoë", Topics = ["billing"], Address = new("Boston", "02139") });
        await count.SetAsync(first, 3);
        await state.SaveChangesAsync(first);

        var second = StateTestAdapter.Turn();
        var read = await profile.GetAsync(second);
        Assert.Equal("Zoë", read.Name);
        Assert.Equal(["billing"], read.Topics);
        Assert.Equal(new TestAddress("Boston", "02139"), read.Address);
        Assert.Equal(3, await count.GetAsync(second));
    }

    [Fact]
    public async Task Get_returns_the_default_or_the_factory_value_when_absent()
    {
        var state = new ConversationState(Storage);
        var turn = StateTestAdapter.Turn();

        Assert.Null(await state.CreateProperty<TestProfile>("missing").GetAsync(turn));
        Assert.Equal(0, await state.CreateProperty<int>("count").GetAsync(turn));
        var created = await state.CreateProperty<TestProfile>("profile").GetAsync(turn, () => new TestProfile { Name = "new" });
        Assert.Same(created, await state.CreateProperty<TestProfile>("profile").GetAsync(turn));
    }

    [Fact]
    public async Task In_place_changes_to_a_property_are_saved()
    {
        var state = new ConversationState(Storage);
        var profile = state.CreateProperty<TestProfile>("profile");
        var first = StateTestAdapter.Turn();
        (await profile.GetAsync(first, () => new TestProfile())).Topics.Add("denials");
        await state.SaveChangesAsync(first);

        var second = StateTestAdapter.Turn();
        Assert.Equal(["denials"], (await profile.GetAsync(second)).Topics);
    }

    [Fact]
    public async Task Setting_null_hides_the_stored_value_within_the_turn_and_after_saving()
    {
        var state = new ConversationState(Storage);
        var profile = state.CreateProperty<TestProfile>("profile");
        var first = StateTestAdapter.Turn();
        await profile.SetAsync(first, new TestProfile { Name = "stored" });
        await state.SaveChangesAsync(first);

        var second = StateTestAdapter.Turn();
        await profile.SetAsync(second, null!);
        Assert.Null(await profile.GetAsync(second));
        await state.SaveChangesAsync(second);

        Assert.Null(await profile.GetAsync(StateTestAdapter.Turn()));
    }

    [Fact]
    public async Task Deleting_a_property_removes_it_from_storage()
    {
        var state = new ConversationState(Storage);
        var profile = state.CreateProperty<TestProfile>("profile");
        var count = state.CreateProperty<int>("count");
        var first = StateTestAdapter.Turn();
        await profile.SetAsync(first, new TestProfile { Name = "gone soon" });
        await count.SetAsync(first, 1);
        await state.SaveChangesAsync(first);

        var second = StateTestAdapter.Turn();
        await profile.DeleteAsync(second);
        Assert.Null(await profile.GetAsync(second));
        await state.SaveChangesAsync(second);

        var stored = await ReadDocumentAsync("test/conversations/conversation-1");
        Assert.False(stored.ContainsKey("profile"));
        Assert.Equal(1, (int)stored["count"]!);
    }

    [Fact]
    public async Task Save_writes_only_when_the_state_changed()
    {
        var state = new ConversationState(Storage);
        var profile = state.CreateProperty<TestProfile>("profile");

        var untouched = StateTestAdapter.Turn();
        await state.SaveChangesAsync(untouched);
        Assert.Equal((0, 0), (Storage.Reads, Storage.Writes));

        var first = StateTestAdapter.Turn();
        await profile.SetAsync(first, new TestProfile { Name = "A" });
        await state.SaveChangesAsync(first);
        await state.SaveChangesAsync(first);
        Assert.Equal(1, Storage.Writes);

        var readOnly = StateTestAdapter.Turn();
        Assert.Equal("A", (await profile.GetAsync(readOnly)).Name);
        await state.SaveChangesAsync(readOnly);
        Assert.Equal(1, Storage.Writes);

        var changed = StateTestAdapter.Turn();
        (await profile.GetAsync(changed)).Name = "B";
        await state.SaveChangesAsync(changed);
        Assert.Equal(2, Storage.Writes);

        await state.SaveChangesAsync(changed, force: true);
        Assert.Equal(3, Storage.Writes);
    }

    private async Task<JsonObject> ReadDocumentAsync(string key) => (await Storage.ReadAsync([key]))[key].Document;
}
