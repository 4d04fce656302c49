using System.Text.Json.Nodes;
using CobBot.Framework.State;
using CobBot.Framework.State.EntityFramework;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CobBot.Tests.Framework.EntityFramework;

/// <summary>SQLite setup: the table is created next to the app's own tables, on a fresh file, in WAL mode.</summary>
public sealed class SqliteRelationalStorageTests : RelationalStorageTests
{
    private readonly SqliteTestDatabase _database = new();

    protected override Task<ServiceProvider> CreateServicesAsync() => Task.FromResult(_database.CreateServices(Time));

    public override async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task A_fresh_empty_file_just_works_in_wal_mode()
    {
        await File.WriteAllBytesAsync(_database.Path, []);
        var storage = _database.CreateStorage();

        await storage.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new(new JsonObject { ["n"] = 1 }, null) });

        Assert.Single(await storage.ReadAsync(["k"]));
        Assert.Equal("wal", await ScalarAsync("PRAGMA journal_mode"));
    }

    [Fact]
    public async Task The_table_is_added_to_a_database_that_already_has_the_apps_tables()
    {
        await ScalarAsync("CREATE TABLE \"Claims\" (\"Id\" INTEGER PRIMARY KEY, \"Status\" TEXT); INSERT INTO \"Claims\" VALUES (1, 'denied'); SELECT 1");
        var storage = _database.CreateStorage();

        await storage.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new(new JsonObject { ["n"] = 1 }, null) });

        Assert.Single(await storage.ReadAsync(["k"]));
        Assert.Equal("denied", await ScalarAsync("SELECT \"Status\" FROM \"Claims\""));
    }

    [Fact]
    public async Task Storage_connections_use_normal_synchronous_mode()
    {
        var services = _database.CreateServices();
        await using var db = await services.GetRequiredService<IDbContextFactory<StorageDbContext>>().CreateDbContextAsync();

        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA synchronous";

        Assert.Equal(1L, await command.ExecuteScalarAsync()); // NORMAL; SQLite's default is FULL (2)
    }

    private async Task<string?> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new SqliteCommand(sql, connection);
        return (await command.ExecuteScalarAsync())?.ToString();
    }
}
