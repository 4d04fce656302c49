using System.ClientModel;
using System.ClientModel.Primitives;
using CobBot.Privacy;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OpenAI;
using OpenAI.Chat;

namespace CobBot.Recognition.Gemini;

/// <summary>DI registration of the recognizer chain.</summary>
public static class GeminiServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IRecognizer"/>: with a Gemini API key, <see cref="FallbackRecognizer"/> over
    /// <see cref="GeminiRecognizer"/> and <typeparamref name="TOfflineRecognizer"/>; without one,
    /// <typeparamref name="TOfflineRecognizer"/> alone. Also registers <see cref="RecognizerMode"/> and
    /// <see cref="GeminiOptions"/>, read from the "Gemini" section with <c>GEMINI_API_KEY</c>/<c>GEMINI_MODEL</c> winning.
    /// Replaces any earlier <see cref="IRecognizer"/> registration.
    /// </summary>
    public static IServiceCollection AddGeminiRecognizer<TOfflineRecognizer>(this IServiceCollection services, IConfiguration configuration)
        where TOfflineRecognizer : class, IRecognizer
    {
        services.AddLogging();
        services.AddPhiRedaction();
        services.TryAddSingleton<TOfflineRecognizer>();
        services.AddOptions<GeminiOptions>().Configure(options => Bind(configuration, options));
        services.RemoveAll<IRecognizer>();

        var configured = new GeminiOptions();
        Bind(configuration, configured);
        if (string.IsNullOrWhiteSpace(configured.ApiKey))
        {
            services.AddSingleton(RecognizerMode.OfflineOnly);
            services.AddSingleton<IRecognizer>(sp => sp.GetRequiredService<TOfflineRecognizer>());
            return services;
        }

        services.AddKeyedSingleton(GeminiRecognizer.ChatClientKey,
            (sp, _) => CreateChatClient(sp.GetRequiredService<IOptions<GeminiOptions>>().Value));
        services.AddSingleton<GeminiRecognizer>();
        services.AddSingleton(sp => new FallbackRecognizer(
            sp.GetRequiredService<GeminiRecognizer>(),
            sp.GetRequiredService<TOfflineRecognizer>(),
            sp.GetRequiredService<IOptions<GeminiOptions>>().Value,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<FallbackRecognizer>>()));
        services.AddSingleton<IRecognizer>(sp => sp.GetRequiredService<FallbackRecognizer>());
        services.AddSingleton(sp => RecognizerMode.WithGemini(sp.GetRequiredService<FallbackRecognizer>()));
        return services;
    }

    private static void Bind(IConfiguration configuration, GeminiOptions options)
    {
        configuration.GetSection(GeminiOptions.SectionName).Bind(options);
        if (configuration["GEMINI_API_KEY"] is { Length: > 0 } apiKey)
        {
            options.ApiKey = apiKey;
        }
        if (configuration["GEMINI_MODEL"] is { Length: > 0 } model)
        {
            options.Model = model;
        }
    }

    // No client-side retries: a retry would stretch the turn; the fallback answers instead.
    private static IChatClient CreateChatClient(GeminiOptions options) =>
        new ChatClient(
                options.Model,
                new ApiKeyCredential(options.ApiKey!),
                new OpenAIClientOptions { Endpoint = options.Endpoint, RetryPolicy = new ClientRetryPolicy(maxRetries: 0) })
            .AsIChatClient();
}
