using CobBot.Framework.Backplane;
using CobBot.Framework.Connector;
using CobBot.Framework.DirectLine.EntityFramework;
using CobBot.Framework.State.EntityFramework;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CobBot.Framework.DirectLine;

/// <summary>Registers the self-hosted Direct Line 3.0 server.</summary>
public static class DirectLineServiceCollectionExtensions
{
    /// <summary>The CORS policy of the client API and the page token endpoint.</summary>
    public const string CorsPolicy = "CobBot.DirectLine";

    /// <summary>
    /// Binds <see cref="DirectLineOptions"/> from the <c>DirectLine</c> section (secret generated in Development,
    /// required elsewhere, checked at start), registers the server's services and CORS policy, and decorates the
    /// registered <see cref="IConnectorClient"/> so replies to Direct Line conversations are delivered in process, and
    /// runs <see cref="DirectLineRetention"/>, which deletes idle conversations. Streams hear of appends through the
    /// registered <see cref="IBackplane"/> (this instance only unless one is added, e.g. <c>AddPostgresBackplane</c>).
    /// Call after the Connector registration (<c>AddBotConnector</c>) and add a store, e.g.
    /// <see cref="AddSqliteDirectLineStore"/>.
    /// </summary>
    public static IServiceCollection AddDirectLine(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<DirectLineOptions>().Bind(configuration.GetSection(DirectLineOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<DirectLineOptions>, DirectLineOptionsSetup>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DirectLineOptions>, DirectLineOptionsSetup>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<DirectLineTokenService>();
        services.TryAddSingleton<IBackplane, InProcessBackplane>();
        services.TryAddSingleton<DirectLineStreams>();
        services.TryAddSingleton<DirectLineUrls>();
        services.TryAddSingleton<DirectLineChannel>();
        services.TryAddSingleton(sp => new DirectLineConnector(sp.GetRequiredService<IDirectLineStore>(), sp.GetRequiredService<DirectLineStreams>()));
        services.DecorateConnectorClient((sp, inner) => new DirectLineConnectorClient(inner, sp.GetRequiredService<DirectLineConnector>()));
        services.TryAddSingleton<DirectLineRetention>();
        services.AddHostedService(sp => sp.GetRequiredService<DirectLineRetention>());
        services.AddCors(cors => cors.AddPolicy(CorsPolicy, policy =>
        {
            var origins = configuration.GetSection(DirectLineOptions.SectionName).Get<DirectLineOptions>()?.AllowedOrigins ?? [];
            if (origins.Count == 0) policy.AllowAnyOrigin();
            else policy.WithOrigins([.. origins]);
            policy.AllowAnyMethod().AllowAnyHeader();
        }));
        return services;
    }

    /// <summary>
    /// Stores Direct Line conversations, activity logs and uploads in SQLite (e.g. the app's database file); the
    /// tables are created when missing, next to whatever else the database holds.
    /// </summary>
    public static IServiceCollection AddSqliteDirectLineStore(this IServiceCollection services, string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return services.AddEntityFrameworkDirectLineStore(options => options
            .UseSqlite(connectionString)
            .AddInterceptors(SqliteSynchronousInterceptor.Instance));
    }

    /// <summary>
    /// Stores Direct Line conversations, activity logs and uploads in PostgreSQL (e.g. the app's database); the tables
    /// are created when missing, under an advisory lock so instances starting together do not collide.
    /// </summary>
    public static IServiceCollection AddPostgresDirectLineStore(this IServiceCollection services, string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return services.AddEntityFrameworkDirectLineStore(options => options.UseNpgsql(connectionString));
    }

    private static IServiceCollection AddEntityFrameworkDirectLineStore(this IServiceCollection services, Action<DbContextOptionsBuilder> useProvider)
    {
        services.AddPooledDbContextFactory<DirectLineDbContext>(options =>
        {
            useProvider(options);
            options.ConfigureWarnings(w => w.Log((RelationalEventId.CommandExecuted, LogLevel.Debug)));
        });
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<EntityFrameworkDirectLineStore>();
        services.TryAddSingleton<IDirectLineStore>(sp => sp.GetRequiredService<EntityFrameworkDirectLineStore>());
        services.AddHostedService<DirectLineStoreInitializer>();
        return services;
    }
}
