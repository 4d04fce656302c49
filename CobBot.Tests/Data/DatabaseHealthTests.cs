using CobBot.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace CobBot.Tests.Data;

public class DatabaseHealthTests
{
    [Fact]
    public async Task A_database_file_that_does_not_exist_yet_is_not_connected()
    {
        await using var database = TestDatabase.CreateEmpty();

        var status = await new DatabaseHealth(database, NullLogger<DatabaseHealth>.Instance).GetStatusAsync();

        Assert.False(status.Connected);
        Assert.False(File.Exists(database.FilePath));
    }

    [Fact]
    public async Task An_empty_database_is_connected_but_reports_its_pending_migrations()
    {
        await using var database = TestDatabase.CreateEmpty();
        await database.ScalarAsync("SELECT 1");

        var status = await new DatabaseHealth(database, NullLogger<DatabaseHealth>.Instance).GetStatusAsync();

        Assert.True(status.Connected);
        Assert.Null(status.LastAppliedMigration);
        Assert.Contains(status.PendingMigrations, id => id.EndsWith("_InitialKnowledge", StringComparison.Ordinal));
        Assert.False(status.Healthy);
    }

    [Fact]
    public async Task A_migrated_database_is_healthy()
    {
        await using var database = await TestDatabase.CreateMigratedAsync();

        var status = await new DatabaseHealth(database, NullLogger<DatabaseHealth>.Instance).GetStatusAsync();

        Assert.True(status.Healthy);
        Assert.Empty(status.PendingMigrations);
        await using var db = database.CreateDbContext();
        Assert.Equal(db.Database.GetMigrations().Last(), status.LastAppliedMigration);
    }

    [Fact]
    public async Task An_unreachable_database_reports_not_connected_instead_of_throwing()
    {
        await using var database = TestDatabase.CreateEmpty();
        var unreachable = new UnreachableFactory(Path.Combine(database.Folder, "missing-folder", "cobbot.db"));

        var status = await new DatabaseHealth(unreachable, NullLogger<DatabaseHealth>.Instance).GetStatusAsync();

        Assert.False(status.Connected);
        Assert.False(status.Healthy);
    }

    private sealed class UnreachableFactory(string path) : IDbContextFactory<CobBotDbContext>
    {
        public CobBotDbContext CreateDbContext() => new(new DbContextOptionsBuilder<CobBotDbContext>()
            .UseSqlite(new SqliteConnectionStringBuilder { DataSource = path }.ConnectionString).Options);
    }
}
