using System.Data.Common;
using CobBot.Data;
using CobBot.Tests.Framework.State;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CobBot.Tests.Data;

/// <summary>
/// A real app database of its own, deleted on dispose: a SQLite file in a temporary folder or, when the suites run on
/// PostgreSQL (<see cref="Provider"/>), a fresh database on the test server. The folder exists either way, for mail
/// pickup and data files.
/// </summary>
public sealed class TestDatabase : IDbContextFactory<CobBotDbContext>, IAsyncDisposable
{
    /// <summary>Runs the database-backed suites on PostgreSQL when set to <c>Postgres</c> (the server is <c>ConnectionStrings__Postgres</c>).</summary>
    public const string ProviderVariable = "COBBOT_TEST_DATABASE";

    private TestDatabase(string folder, DatabaseProvider provider, string connectionString)
    {
        Folder = folder;
        FilePath = Path.Combine(folder, "test.db");
        IsPostgres = provider == DatabaseProvider.Postgres;
        ConnectionString = connectionString;
    }

    /// <summary>The provider this run's suites use: <see cref="DatabaseProvider.Sqlite"/> unless <see cref="ProviderVariable"/> says otherwise.</summary>
    public static DatabaseProvider Provider { get; } =
        Enum.TryParse<DatabaseProvider>(Environment.GetEnvironmentVariable(ProviderVariable), ignoreCase: true, out var provider) ? provider : DatabaseProvider.Sqlite;

    public string Folder { get; }

    /// <summary>The SQLite file (unused on PostgreSQL).</summary>
    public string FilePath { get; }

    public bool IsPostgres { get; }

    public string ConnectionString { get; }

    /// <summary>The settings that point the app at this database.</summary>
    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["ConnectionStrings:CobBot"] = ConnectionString,
        ["Database:Provider"] = IsPostgres ? nameof(DatabaseProvider.Postgres) : nameof(DatabaseProvider.Sqlite),
    };

    /// <summary>Creates an empty database (on SQLite the file appears on first use).</summary>
    public static TestDatabase CreateEmpty()
    {
        var folder = Path.Combine(Path.GetTempPath(), "cobbot-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        if (Provider != DatabaseProvider.Postgres)
            return new TestDatabase(folder, DatabaseProvider.Sqlite, new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "test.db") }.ConnectionString);

        var admin = PostgresTestSchema.AdminConnectionString
            ?? throw new InvalidOperationException($"{ProviderVariable}=Postgres needs ConnectionStrings__Postgres.");
        var name = $"cobbot_test_{Guid.NewGuid():N}";
        using (var connection = new NpgsqlConnection(admin))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            command.ExecuteNonQuery();
        }
        return new TestDatabase(folder, DatabaseProvider.Postgres, new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString);
    }

    /// <summary>Creates a database with every migration applied (on SQLite in write-ahead logging, as the app runs it).</summary>
    public static async Task<TestDatabase> CreateMigratedAsync()
    {
        var database = CreateEmpty();
        await using var db = database.CreateDbContext();
        await db.Database.MigrateAsync();
        if (!database.IsPostgres) await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        return database;
    }

    public CobBotDbContext CreateDbContext() => IsPostgres
        ? new PostgresCobBotDbContext(new DbContextOptionsBuilder<PostgresCobBotDbContext>().UseNpgsql(ConnectionString).Options)
        : new CobBotDbContext(new DbContextOptionsBuilder<CobBotDbContext>().UseSqlite(ConnectionString).Options);

    /// <summary>Registers contexts on this database as the app's <see cref="DataServiceCollectionExtensions.AddCobBotData"/> does.</summary>
    public IServiceCollection AddDbContextFactory(IServiceCollection services)
    {
        if (!IsPostgres) return services.AddDbContextFactory<CobBotDbContext>(o => o.UseSqlite(ConnectionString));
        services.AddPooledDbContextFactory<PostgresCobBotDbContext>(o => o.UseNpgsql(ConnectionString));
        return services.AddSingleton<IDbContextFactory<CobBotDbContext>, PostgresContextFactory>();
    }

    public async Task<long> ScalarAsync(string sql)
    {
        await using DbConnection connection = IsPostgres ? new NpgsqlConnection(ConnectionString) : new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    public async ValueTask DisposeAsync()
    {
        if (IsPostgres)
        {
            await using (var connection = new NpgsqlConnection(ConnectionString)) NpgsqlConnection.ClearPool(connection);
            await using var admin = new NpgsqlConnection(PostgresTestSchema.AdminConnectionString);
            await admin.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{new NpgsqlConnectionStringBuilder(ConnectionString).Database}\" WITH (FORCE)", admin);
            await command.ExecuteNonQueryAsync();
        }
        else
        {
            // Pooled connections keep the file open; release them before deleting the folder.
            SqliteConnection.ClearAllPools();
        }
        Directory.Delete(Folder, recursive: true);
    }
}
