using CobBot.Framework.State.EntityFramework;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CobBot.Data;

/// <summary>Registers the app database.</summary>
public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="CobBotDbContext"/> on SQLite through a pooled <see cref="IDbContextFactory{TContext}"/> (a turn
    /// creates several short-lived contexts; pooling reuses them instead of building each anew) and scoped from it,
    /// <see cref="BatchedDbWriter"/>, the startup migration step <see cref="DatabaseInitializer"/> and
    /// <see cref="IDatabaseHealth"/>. Call it before the features that register <see cref="IDataSeeder"/>s.
    /// </summary>
    /// <exception cref="InvalidOperationException"><c>DATABASE_URL</c> is set to a non-SQLite URL.</exception>
    public static IServiceCollection AddCobBotData(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var connectionString = CobBotConnectionString.Resolve(configuration, environment.ContentRootPath);
        services.AddPooledDbContextFactory<CobBotDbContext>(options => options.UseSqlite(connectionString));
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<CobBotDbContext>>().CreateDbContext());
        // Shared with the bot state's writes when they go to the same SQLite file (the default; see AddSqliteBotStorage).
        services.TryAddSingleton<SqliteWriteGate>();
        services.AddSingleton<BatchedDbWriter>();
        services.AddSingleton<IDatabaseHealth, DatabaseHealth>();
        services.AddHostedService<DatabaseInitializer>();
        return services;
    }
}
