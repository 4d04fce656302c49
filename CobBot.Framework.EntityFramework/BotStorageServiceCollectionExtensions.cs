using CobBot.Framework.State.EntityFramework;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace CobBot.Framework.State;

/// <summary>Registers a database-backed <see cref="IStorage"/> for bot state.</summary>
public static class BotStorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IStorage"/> as an <see cref="EntityFrameworkStorage"/> over SQLite, e.g. <c>Data Source=cobbot.db</c>.
    /// The file and the <c>BotState</c> table are created when missing; the database runs in WAL mode and the storage's
    /// connections use <c>synchronous=NORMAL</c> (no fsync per commit; a power loss may lose the last turns, never corrupts).
    /// Its writes queue in the singleton <see cref="SqliteWriteGate"/>, which other writers of the same file can share.
    /// </summary>
    public static IServiceCollection AddSqliteBotStorage(this IServiceCollection services, string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        services.TryAddSingleton<SqliteWriteGate>();
        return services.AddBotStorage(options => options.UseSqlite(connectionString).AddInterceptors(SqliteSynchronousInterceptor.Instance));
    }

    /// <summary>Registers <see cref="IStorage"/> as an <see cref="EntityFrameworkStorage"/> over PostgreSQL; the <c>BotState</c> table is created when missing.</summary>
    public static IServiceCollection AddPostgresBotStorage(this IServiceCollection services, string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return services.AddBotStorage(options => options.UseNpgsql(connectionString));
    }

    private static IServiceCollection AddBotStorage(this IServiceCollection services, Action<DbContextOptionsBuilder> useProvider)
    {
        services.AddPooledDbContextFactory<StorageDbContext>(options =>
        {
            useProvider(options);
            // Every turn reads and writes state: keep the per-command log at Debug, not Information.
            options.ConfigureWarnings(w => w.Log((RelationalEventId.CommandExecuted, LogLevel.Debug)));
        });
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<EntityFrameworkStorage>();
        services.AddSingleton<IStorage>(sp => sp.GetRequiredService<EntityFrameworkStorage>());
        services.AddHostedService<BotStorageInitializer>();
        return services;
    }
}
