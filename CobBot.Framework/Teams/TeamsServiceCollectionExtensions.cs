using CobBot.Framework.Connector;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CobBot.Framework.Teams;

/// <summary>Registers Teams-specific services.</summary>
public static class TeamsServiceCollectionExtensions
{
    /// <summary>
    /// Limits sends to each Teams conversation to <see cref="TeamsRateLimitOptions"/> (7 per second by default) by
    /// decorating the registered <see cref="IConnectorClient"/>; call after <c>AddBotConnector</c>.
    /// </summary>
    public static IServiceCollection AddTeamsRateLimiting(this IServiceCollection services, Action<TeamsRateLimitOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<TeamsRateLimitOptions>();
        if (configure is not null) options.Configure(configure);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ConversationRateLimiter>();
        services.DecorateConnectorClient((sp, inner) => new TeamsRateLimitedConnectorClient(inner, sp.GetRequiredService<ConversationRateLimiter>()));
        return services;
    }
}
