using CobBot.Framework.Authentication;
using CobBot.Framework.Builder;
using CobBot.Framework.Connector;
using CobBot.Framework.Hosting;
using CobBot.Framework.State;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CobBot.BenchBot;

/// <summary>Registers the bench bot on the real CobBot.Framework stack.</summary>
public static class BenchBotServiceCollectionExtensions
{
    /// <summary>
    /// Registers the bench bot: state in <paramref name="storage"/> (SQLite or PostgreSQL at <paramref name="connectionString"/>,
    /// or <see cref="MemoryStorage"/>); ConversationState and UserState; the Connector client and inbound authentication
    /// from <paramref name="configuration"/> (no MicrosoftAppId = authentication disabled, as in the peer); the
    /// CloudAdapter hosting with the peer's error handler; and <see cref="CareBot"/>.
    /// </summary>
    public static IServiceCollection AddBenchBot(this IServiceCollection services, IConfiguration configuration, BenchStorage storage, string? connectionString)
    {
        _ = storage switch
        {
            BenchStorage.Memory => services.AddSingleton<IStorage, MemoryStorage>(),
            BenchStorage.Sqlite => services.AddSqliteBotStorage(connectionString ?? throw new ArgumentNullException(nameof(connectionString))),
            BenchStorage.Postgres => services.AddPostgresBotStorage(connectionString ?? throw new ArgumentNullException(nameof(connectionString))),
            _ => throw new ArgumentOutOfRangeException(nameof(storage)),
        };
        services.AddSingleton<ConversationState>();
        services.AddSingleton<UserState>();
        services.AddBotConnector(configuration);
        services.AddBotAuthentication(configuration);
        services.AddBotFrameworkHosting();
        UsePeerErrorHandler(services);
        services.AddSingleton(sp => new MainDialog(sp.GetRequiredService<UserState>().CreateProperty<UserProfile>(nameof(UserProfile))));
        services.AddSingleton<BenchBotErrorHandler>();
        services.AddSingleton<IBot, CareBot>();
        return services;
    }

    /// <summary>Decorates the hosting's CloudAdapter factory so turn errors go to <see cref="BenchBotErrorHandler"/>.</summary>
    private static void UsePeerErrorHandler(IServiceCollection services)
    {
        var hosting = services.Single(d => d.ServiceType == typeof(CloudAdapter));
        var createAdapter = hosting.ImplementationFactory
            ?? throw new InvalidOperationException("CloudAdapter is expected to be registered by a factory.");
        services.Replace(ServiceDescriptor.Singleton(sp =>
        {
            var adapter = (CloudAdapter)createAdapter(sp);
            adapter.OnTurnError = sp.GetRequiredService<BenchBotErrorHandler>().HandleAsync;
            return adapter;
        }));
    }
}
