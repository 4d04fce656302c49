using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace CobBot.Recognition.Offline;

/// <summary>Registers the offline recognizer.</summary>
public static class OfflineRecognitionServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="OfflineRecognizer"/>, its intent classifier and the lexicon <see cref="ISentimentScorer"/> as
    /// singletons, a hosted service that trains the classifier in the background at startup, and
    /// <see cref="OfflineRecognizerOptions"/> bound from <c>Recognition:Offline</c> when an
    /// <see cref="IConfiguration"/> is registered. <see cref="IRecognizer"/> resolves to the offline recognizer
    /// unless another one was registered first. An <see cref="IEntityExtractor"/> must be registered separately.
    /// </summary>
    public static IServiceCollection AddOfflineRecognizer(this IServiceCollection services)
    {
        services.AddOptions<OfflineRecognizerOptions>()
            .Configure<IServiceProvider>((options, provider) =>
                provider.GetService<IConfiguration>()?.GetSection(OfflineRecognizerOptions.SectionName).Bind(options));
        services.TryAddSingleton<OfflineIntentClassifier>();
        services.TryAddSingleton<ISentimentScorer, LexiconSentimentScorer>();
        services.TryAddSingleton<OfflineRecognizer>();
        services.TryAddSingleton<IRecognizer>(provider => provider.GetRequiredService<OfflineRecognizer>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, OfflineRecognizerWarmup>());
        return services;
    }
}
