using CobBot.Framework.State;
using CobBot.Tests.Framework.State;

namespace CobBot.Tests.Framework.EntityFramework;

/// <summary>The contract over <see cref="BotStorageServiceCollectionExtensions.AddSqliteBotStorage"/>, a new database file per test.</summary>
public sealed class SqliteStorageContractTests : StorageContractTests
{
    private readonly SqliteTestDatabase _database = new();

    protected override Task<IStorage> CreateStorageAsync() => Task.FromResult(_database.CreateStorage());

    public override async Task DisposeAsync() => await _database.DisposeAsync();
}
