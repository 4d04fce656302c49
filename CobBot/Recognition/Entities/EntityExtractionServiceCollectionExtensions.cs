using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CobBot.Recognition.Entities;

/// <summary>DI registration of the local entity extractors.</summary>
public static class EntityExtractionServiceCollectionExtensions
{
    /// <summary>Registers <see cref="IEntityExtractor"/> (<see cref="EntityExtractor"/>), its extractors and the service-type vocabulary.</summary>
    public static IServiceCollection AddEntityExtraction(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(_ => ServiceTypeVocabulary.LoadEmbedded());
        services.TryAddSingleton<EmailExtractor>();
        services.TryAddSingleton<PhoneExtractor>();
        services.TryAddSingleton<ConfirmationCodeExtractor>();
        services.TryAddSingleton<DateExtractor>();
        services.TryAddSingleton<TimeExtractor>();
        services.TryAddSingleton<ServiceTypeExtractor>();
        services.TryAddSingleton<PersonNameExtractor>();
        services.TryAddSingleton<IEntityExtractor, EntityExtractor>();
        return services;
    }
}
