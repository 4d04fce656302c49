using CobBot.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CobBot.Tests.Data;

/// <summary>A real SQLite file in its own temporary folder, deleted on dispose.</summary>
public sealed class TestDatabase : IDbContextFactory<CobBotDbContext>, IAsyncDisposable
{
    private TestDatabase(string folder)
    {
        Folder = folder;
        FilePath = Path.Combine(folder, "test.db");
        ConnectionString = new SqliteConnectionStringBuilder { DataSource = FilePath }.ConnectionString;
    }

    public string Folder { get; }

    public string FilePath { get; }

    public string ConnectionString { get; }

    /// <summary>Creates an empty folder; the database file appears on first use.</summary>
    public static TestDatabase CreateEmpty()
    {
        var folder = Path.Combine(Path.GetTempPath(), "cobbot-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return new TestDatabase(folder);
    }

    /// <summary>Creates a database with every migration applied.</summary>
    public static async Task<TestDatabase> CreateMigratedAsync()
    {
        var database = CreateEmpty();
        await using var db = database.CreateDbContext();
        await db.Database.MigrateAsync();
        return database;
    }

    public CobBotDbContext CreateDbContext() =>
        new(new DbContextOptionsBuilder<CobBotDbContext>().UseSqlite(ConnectionString).Options);

    public async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    public ValueTask DisposeAsync()
    {
        // Pooled connections keep the file open; release them before deleting the folder.
        SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
        return ValueTask.CompletedTask;
    }
}
