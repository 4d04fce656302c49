using System.Net.Http.Headers;
using CobBot.Framework.Authentication;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;

namespace CobBot.Framework.Connector;

/// <summary>Registers the outbound side of the Bot Framework protocol.</summary>
public static class ConnectorServiceCollectionExtensions
{
    private static readonly ProductInfoHeaderValue UserAgent = new("CobBot", typeof(ConnectorClient).Assembly.GetName().Version?.ToString(3));

    /// <summary>
    /// Binds <see cref="BotFrameworkOptions"/> from the configuration root (SDK key names) with startup validation, and
    /// registers <see cref="IAccessTokenProvider"/> (singleton) and <see cref="IConnectorClient"/> (typed client with
    /// retries). Uses the registered <see cref="TimeProvider"/>, or the system clock. Binding the options again elsewhere
    /// is harmless.
    /// </summary>
    public static IServiceCollection AddBotConnector(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<BotFrameworkOptions>().Bind(configuration).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotFrameworkOptions>, BotFrameworkOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        services.AddHttpClient(AccessTokenProvider.HttpClientName)
            .AddResilienceHandler("CobBot.Tokens", ConfigureResilience);
        services.TryAddSingleton<IAccessTokenProvider, AccessTokenProvider>();

        // The client may be captured by singletons, so connections are recycled instead of handlers (DNS changes).
        services.AddHttpClient<IConnectorClient, ConnectorClient>(client => client.DefaultRequestHeaders.UserAgent.Add(UserAgent))
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2) })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            .AddResilienceHandler("CobBot.Connector", ConfigureResilience);
        return services;
    }

    private static void ConfigureResilience(ResiliencePipelineBuilder<HttpResponseMessage> builder, ResilienceHandlerContext context)
    {
        var logger = context.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ConnectorResilience).FullName!);
        ConnectorResilience.Configure(builder, logger, context.ServiceProvider.GetRequiredService<TimeProvider>());
    }
}
