using CobBot.Framework.Builder;
using CobBot.Framework.State;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CobBot.Framework.Hosting;

/// <summary>Registers the Bot Framework HTTP hosting: <see cref="CloudAdapter"/>, its error policy and middleware.</summary>
public static class BotHostingServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="CloudAdapter"/> (also as <see cref="BotAdapter"/>) with <see cref="TurnErrorHandler"/>
    /// as its error policy and every registered <see cref="IMiddleware"/> in registration order — by default
    /// <see cref="TranscriptLoggerMiddleware"/> (ILogger transcript, <see cref="StrictActivityRedactor"/>) then
    /// <see cref="ShowTypingMiddleware"/> — and a <see cref="BotStateSet"/> of ConversationState and UserState.
    /// The app registers IConnectorClient, IBotAuthenticator, IStorage, ConversationState, UserState and IBot;
    /// register an <see cref="IActivityRedactor"/> or <see cref="ITranscriptLogger"/> first to replace the defaults.
    /// </summary>
    public static IServiceCollection AddBotFrameworkHosting(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddLogging();
        services.AddOptions<CloudAdapterOptions>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new BotStateSet(sp.GetRequiredService<ConversationState>(), sp.GetRequiredService<UserState>()));
        services.TryAddSingleton<TurnErrorHandler>();
        services.TryAddSingleton<IActivityRedactor, StrictActivityRedactor>();
        services.TryAddSingleton<ITranscriptLogger, LoggerTranscriptLogger>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IMiddleware, TranscriptLoggerMiddleware>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IMiddleware, ShowTypingMiddleware>());
        services.TryAddSingleton(CreateAdapter);
        services.TryAddSingleton<BotAdapter>(sp => sp.GetRequiredService<CloudAdapter>());
        return services;
    }

    private static CloudAdapter CreateAdapter(IServiceProvider services)
    {
        var adapter = ActivatorUtilities.CreateInstance<CloudAdapter>(services);
        adapter.OnTurnError = services.GetRequiredService<TurnErrorHandler>().HandleAsync;
        foreach (var middleware in services.GetServices<IMiddleware>()) adapter.Use(middleware);
        return adapter;
    }
}
