using Microsoft.EntityFrameworkCore;

namespace CobBot.Data;

/// <summary>
/// Startup step: applies pending migrations (on SQLite after creating the data folder, then switching the file to WAL) and runs the
/// <see cref="IDataSeeder"/>s. It runs before the server accepts requests, so a new database never answers
/// a request without its tables. On PostgreSQL, instances starting together take turns through an advisory lock,
/// so the second one finds the schema and the seeded data in place instead of inserting them again.
/// </summary>
public sealed class DatabaseInitializer(IServiceScopeFactory scopeFactory, ILogger<DatabaseInitializer> logger) : IHostedService
{
    // Any fixed key: the instances of one database agree on it ("CobBot" in ASCII).
    private const long StartupLockKey = 0x436F62426F74;

    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CobBotDbContext>();
        var sqlite = db.Database.IsSqlite();
        if (sqlite) CobBotConnectionString.EnsureDirectory(db.Database.GetConnectionString() ?? "");
        else
        {
            // Held on the context's own connection, which stays open for the migrations and the seeders.
            await db.Database.OpenConnectionAsync(cancellationToken);
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_lock({StartupLockKey})", cancellationToken);
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        await db.Database.MigrateAsync(cancellationToken);
        if (sqlite)
        {
            // journal_mode is stored in the file, but a PRAGMA inside a transaction is silently ignored:
            // run it on its own, after the migrations' transactions have committed.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        logger.LogInformation("Database ready; applied {Count} pending migration(s)", pending.Count);

        foreach (var seeder in scope.ServiceProvider.GetServices<IDataSeeder>())
        {
            await seeder.SeedAsync(db, cancellationToken);
        }

        if (!sqlite)
        {
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_unlock({StartupLockKey})", cancellationToken);
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
