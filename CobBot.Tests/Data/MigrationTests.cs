using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CobBot.Tests.Data;

public class MigrationTests
{
    private const string SchemaObjects =
        "SELECT count(*) FROM sqlite_master WHERE name IN ('KnowledgeArticles', 'KnowledgeSections', 'KnowledgeFeedback', 'KnowledgeSearch', " +
        "'KnowledgeSections_AfterInsert', 'KnowledgeSections_AfterDelete', 'KnowledgeSections_AfterUpdate', 'KnowledgeArticles_AfterUpdate')";

    [Fact]
    public async Task Migrating_an_empty_database_creates_the_knowledge_tables_fts_index_and_triggers()
    {
        await using var database = TestDatabase.CreateEmpty();
        await using var db = database.CreateDbContext();

        await db.Database.MigrateAsync();

        Assert.Equal(8, await database.ScalarAsync(SchemaObjects));
        Assert.Equal(1, await database.ScalarAsync("SELECT count(*) FROM sqlite_master WHERE name = 'KnowledgeSearch' AND sql LIKE '%fts5%porter%'"));
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(0, await db.KnowledgeArticles.CountAsync());
    }

    [Fact]
    public async Task The_model_has_no_changes_missing_from_the_migrations()
    {
        await using var database = TestDatabase.CreateEmpty();
        await using var db = database.CreateDbContext();

        Assert.False(db.Database.HasPendingModelChanges());
    }

    [Fact]
    public async Task Reverting_all_migrations_drops_the_fts_index_and_triggers()
    {
        await using var database = await TestDatabase.CreateMigratedAsync();
        await using var db = database.CreateDbContext();

        await db.GetService<IMigrator>().MigrateAsync(Migration.InitialDatabase);

        Assert.Equal(0, await database.ScalarAsync(SchemaObjects));
    }
}
