using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace CobBot.Framework.Backplane;

/// <summary>Registers the <see cref="IBackplane"/> that connects the instances of one bot.</summary>
public static class BackplaneServiceCollectionExtensions
{
    /// <summary>The PostgreSQL channel the instances listen on unless told otherwise.</summary>
    public const string DefaultChannel = "cobbot_backplane";

    /// <summary>
    /// Registers a <see cref="PostgresBackplane"/> on the database of <paramref name="connectionString"/> (the one
    /// the instances share) as the <see cref="IBackplane"/>, in place of any other, and runs it as a hosted service.
    /// </summary>
    public static IServiceCollection AddPostgresBackplane(this IServiceCollection services, string connectionString, string channel = DefaultChannel)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        services.TryAddSingleton(TimeProvider.System);
        services.RemoveAll<IBackplane>();
        services.AddSingleton(sp => new PostgresBackplane(
            connectionString, channel, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILoggerFactory>()));
        services.AddSingleton<IBackplane>(sp => sp.GetRequiredService<PostgresBackplane>());
        services.AddHostedService(sp => sp.GetRequiredService<PostgresBackplane>());
        return services;
    }
}
