using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CobBot.Framework.Authentication;

/// <summary>Registers inbound Bot Framework authentication.</summary>
public static class BotAuthenticationServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="BotFrameworkOptions"/> from the configuration root (SDK key names such as <c>MicrosoftAppId</c>)
    /// and registers <see cref="BotFrameworkAuthenticator"/> as the singleton <see cref="IBotAuthenticator"/>.
    /// </summary>
    public static IServiceCollection AddBotAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BotFrameworkOptions>().Bind(configuration);
        services.AddHttpClient(MetadataDocumentRetriever.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(10));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IBotAuthenticator, BotFrameworkAuthenticator>();
        return services;
    }
}
