using CobBot.Framework.State;
using CobBot.Tests.Framework.State;

namespace CobBot.Tests.Framework.EntityFramework;

/// <summary>Bot state over SQLite, a new database file per test.</summary>
public sealed class SqliteBotStateTests : BotStateTests
{
    private readonly SqliteTestDatabase _database = new();

    protected override Task<IStorage> CreateStorageAsync() => Task.FromResult(_database.CreateStorage());

    public override async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task State_survives_a_restart()
    {
        var before = new ConversationState(Storage);
        var turn = StateTestAdapter.Turn();
        await before.CreateProperty<TestProfile>("profile").SetAsync(turn, new TestProfile { Name = "Zoë", Topics = ["prior auth"] });
        await before.SaveChangesAsync(turn);

        var after = new ConversationState(_database.CreateStorage());
        var profile = await after.CreateProperty<TestProfile>("profile").GetAsync(StateTestAdapter.Turn());

        Assert.Equal("Zoë", profile.Name);
        Assert.Equal(["prior auth"], profile.Topics);
    }
}
