using CobBot.Company;
using CobBot.Data;
using CobBot.Framework.Backplane;
using CobBot.Handoff.Api;
using CobBot.Handoff.Persistence;
using CobBot.Privacy;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CobBot.Handoff;

/// <summary>DI registration of the human handoff.</summary>
public static class HandoffServiceCollectionExtensions
{
    /// <summary>
    /// Registers the handoff: options (<c>Handoff</c>, <c>Handoff:SupportHours</c>), <see cref="SupportHours"/>,
    /// <see cref="EscalationPolicy"/>/<see cref="EscalationTracker"/>, the queue and transcript stores,
    /// <see cref="HandoffService"/> (bot side), <see cref="AgentDesk"/> (agent side),
    /// the live feed and its ticket authentication scheme, and <see cref="HandoffTranscriptMiddleware"/> as an
    /// <see cref="CobBot.Framework.Builder.IMiddleware"/>. Needs the app's <c>AddCobBotData</c>, <c>AddCobBotAdmin</c>, a ConversationState and
    /// <c>AddBotFrameworkHosting</c> (any order: the adapter collects the middleware when it is first resolved).
    /// </summary>
    public static IServiceCollection AddCobBotHandoff(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddCobBotCompany();
        services.AddOptions<HandoffOptions>().BindConfiguration(HandoffOptions.SectionName)
            .Validate(o => o.NotUnderstoodLimit >= 1 && o.SentimentThreshold is >= -1 and <= 1 && o.StreamTicketLifetime > TimeSpan.Zero && o.StreamKeepAliveInterval > TimeSpan.Zero,
                "Handoff: NotUnderstoodLimit must be at least 1, SentimentThreshold within -1..1, StreamTicketLifetime positive.")
            .ValidateOnStart();
        services.AddOptions<SupportHoursOptions>().BindConfiguration(SupportHoursOptions.SectionName).ValidateOnStart();

        services.AddPhiRedaction();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(_ => EscalationRules.LoadEmbedded());
        services.TryAddSingleton<SupportHours>();
        services.TryAddSingleton<EscalationPolicy>();
        services.TryAddSingleton<EscalationTracker>();
        services.TryAddSingleton<EscalationQueue>();
        services.TryAddSingleton<BatchedDbWriter>();
        services.TryAddSingleton<ConversationTranscript>();
        services.TryAddSingleton<EscalationSummarizer>();
        services.TryAddSingleton<HandoffInitiation>();
        services.TryAddSingleton<IBackplane, InProcessBackplane>();
        services.TryAddSingleton<HandoffEvents>();
        services.TryAddSingleton<HandoffService>();
        services.TryAddSingleton<AgentDesk>();
        services.TryAddSingleton<StreamTicketStore>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<CobBot.Framework.Builder.IMiddleware, HandoffTranscriptMiddleware>());
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, StreamTicketAuthenticationHandler>(StreamTicketAuthenticationHandler.SchemeName, null);
        return services;
    }
}
