using CobBot.Recognition.Entities;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CobBot.Privacy;

/// <summary>DI registration of PHI redaction.</summary>
public static class PrivacyServiceCollectionExtensions
{
    /// <summary>Registers <see cref="PhiRedactor"/> (and the entity extractors it reuses).</summary>
    public static IServiceCollection AddPhiRedaction(this IServiceCollection services)
    {
        services.AddEntityExtraction();
        services.TryAddSingleton<PhiRedactor>();
        return services;
    }
}
