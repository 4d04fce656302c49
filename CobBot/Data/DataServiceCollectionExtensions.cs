using CobBot.Framework.State.EntityFramework;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CobBot.Data;

/// <summary>Registers the app database.</summary>
public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// Registers the resolved <see cref="DatabaseConnection"/> (<see cref="DatabaseOptions"/> validated on start) and
    /// <see cref="CobBotDbContext"/> on it through a pooled <see cref="IDbContextFactory{TContext}"/> (a turn creates several
    /// short-lived contexts; pooling reuses them) and scoped from it — on PostgreSQL as a
    /// <see cref="PostgresCobBotDbContext"/>, which carries that provider's migrations — plus <see cref="BatchedDbWriter"/>,
    /// the startup migration step <see cref="DatabaseInitializer"/> and <see cref="IDatabaseHealth"/>. Call it before the
    /// features that register <see cref="IDataSeeder"/>s.
    /// </summary>
    /// <exception cref="InvalidOperationException">The settings name no usable database (see <see cref="CobBotConnectionString.Resolve"/>).</exception>
    public static IServiceCollection AddCobBotData(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var connection = CobBotConnectionString.Resolve(configuration, environment.ContentRootPath);
        services.AddOptions<DatabaseOptions>()
            .BindConfiguration(DatabaseOptions.SectionName)
            .Validate(o => o.Provider is null || Enum.IsDefined(o.Provider.Value), "Database:Provider must be Sqlite or Postgres.")
            .ValidateOnStart();
        services.AddSingleton(connection);
        if (connection.IsPostgres)
        {
            services.AddPooledDbContextFactory<PostgresCobBotDbContext>(options => options.UseNpgsql(connection.ConnectionString));
            services.AddSingleton<IDbContextFactory<CobBotDbContext>, PostgresContextFactory>();
        }
        else
        {
            services.AddPooledDbContextFactory<CobBotDbContext>(options => options.UseSqlite(connection.ConnectionString));
            // Shared with the bot state's writes when they go to the same SQLite file (the default; see AddSqliteBotStorage).
            services.TryAddSingleton<SqliteWriteGate>();
        }

        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<CobBotDbContext>>().CreateDbContext());
        services.AddSingleton<BatchedDbWriter>();
        services.AddSingleton<IDatabaseHealth, DatabaseHealth>();
        services.AddHostedService<DatabaseInitializer>();
        return services;
    }
}
