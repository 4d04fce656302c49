using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;

namespace CobBot.Data;

/// <summary>
/// An empty, migrated app database for a one-off run (e.g. the knowledge evaluation): a temporary SQLite file, or on
/// PostgreSQL a temporary schema in the configured database. Deleted on dispose.
/// </summary>
public sealed class ThrowawayDatabase : IAsyncDisposable
{
    private readonly Func<Task> _delete;

    private ThrowawayDatabase(IDbContextFactory<CobBotDbContext> factory, Func<Task> delete) => (Factory, _delete) = (factory, delete);

    /// <summary>Contexts on the database.</summary>
    public IDbContextFactory<CobBotDbContext> Factory { get; }

    /// <summary>Creates and migrates the database: in <paramref name="postgres"/>'s server when given, else a temporary SQLite file.</summary>
    public static async Task<ThrowawayDatabase> CreateAsync(DatabaseConnection? postgres, CancellationToken cancellationToken = default)
    {
        ThrowawayDatabase database;
        if (postgres is { IsPostgres: true })
        {
            var schema = $"cobbot_throwaway_{Guid.NewGuid():N}";
            await ExecuteAsync(postgres.ConnectionString, $"CREATE SCHEMA \"{schema}\"", cancellationToken);
            var connectionString = new NpgsqlConnectionStringBuilder(postgres.ConnectionString) { SearchPath = schema, Pooling = false }.ConnectionString;
            var options = new DbContextOptionsBuilder<PostgresCobBotDbContext>().UseNpgsql(connectionString).Options;
            database = new ThrowawayDatabase(new PostgresContextFactory(new PooledDbContextFactory<PostgresCobBotDbContext>(options)),
                () => ExecuteAsync(postgres.ConnectionString, $"DROP SCHEMA \"{schema}\" CASCADE", CancellationToken.None));
        }
        else
        {
            var path = Path.Combine(Path.GetTempPath(), $"cobbot-throwaway-{Guid.NewGuid():N}.db");
            var options = new DbContextOptionsBuilder<CobBotDbContext>().UseSqlite($"Data Source={path};Pooling=False").Options;
            database = new ThrowawayDatabase(new PooledDbContextFactory<CobBotDbContext>(options), () =>
            {
                SqliteConnection.ClearAllPools();
                File.Delete(path);
                return Task.CompletedTask;
            });
        }

        await using var db = await database.Factory.CreateDbContextAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
        return database;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync() => await _delete();

    private static async Task ExecuteAsync(string connectionString, string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
