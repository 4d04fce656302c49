using CobBot.Recognition;
using CobBot.Recognition.Offline;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CobBot.Tests.Recognition.Offline;

public sealed class OfflineRecognitionServiceCollectionExtensionsTests
{
    private static ServiceProvider Build(IDictionary<string, string?>? settings = null)
    {
        var services = new ServiceCollection().AddLogging();
        if (settings is not null)
        {
            services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        }

        services.AddSingleton<IEntityExtractor>(new FixedEntityExtractor(RecognizedEntities.Empty));
        return services.AddOfflineRecognizer().BuildServiceProvider();
    }

    [Fact]
    public async Task Registers_the_offline_recognizer_as_the_singleton_recognizer()
    {
        await using var provider = Build();

        var recognizer = provider.GetRequiredService<IRecognizer>();

        Assert.IsType<OfflineRecognizer>(recognizer);
        Assert.Same(recognizer, provider.GetRequiredService<IRecognizer>());
        Assert.Same(provider.GetRequiredService<OfflineRecognizer>(), recognizer);
        Assert.IsType<LexiconSentimentScorer>(provider.GetRequiredService<ISentimentScorer>());
        Assert.Contains(provider.GetServices<IHostedService>(), s => s is OfflineRecognizerWarmup);
    }

    [Fact]
    public async Task Warmup_makes_the_classifier_ready_with_the_shipped_model()
    {
        await using var provider = Build();
        var classifier = provider.GetRequiredService<OfflineIntentClassifier>();
        var warmup = provider.GetServices<IHostedService>().OfType<OfflineRecognizerWarmup>().Single();

        Assert.Null(classifier.ReadyDuration);
        await warmup.StartAsync(CancellationToken.None);
        await warmup.ExecuteTask!;

        Assert.NotNull(classifier.ReadyDuration);
        Assert.True(classifier.UsesShippedModel);
    }

    [Fact]
    public async Task Binds_the_threshold_from_configuration_when_present()
    {
        await using var configured = Build(new Dictionary<string, string?> { ["Recognition:Offline:ConfidenceThreshold"] = "0.55" });
        await using var unconfigured = Build();

        Assert.Equal(0.55, configured.GetRequiredService<IOptions<OfflineRecognizerOptions>>().Value.ConfidenceThreshold);
        Assert.Equal(new OfflineRecognizerOptions().ConfidenceThreshold, unconfigured.GetRequiredService<IOptions<OfflineRecognizerOptions>>().Value.ConfidenceThreshold);
    }

    [Fact]
    public void Keeps_a_recognizer_registered_before_it()
    {
        var services = new ServiceCollection().AddLogging();
        var other = new FixedRecognizer();
        services.AddSingleton<IRecognizer>(other);
        services.AddSingleton<IEntityExtractor>(new FixedEntityExtractor(RecognizedEntities.Empty));
        using var provider = services.AddOfflineRecognizer().BuildServiceProvider();

        Assert.Same(other, provider.GetRequiredService<IRecognizer>());
    }

    private sealed class FixedRecognizer : IRecognizer
    {
        public Task<RecognizerResult> RecognizeAsync(string text, TimeZoneInfo timeZone, CancellationToken cancellationToken = default) =>
            Task.FromResult(new RecognizerResult(Intents.None, 1, RecognizedEntities.Empty, 0, "test"));
    }
}
