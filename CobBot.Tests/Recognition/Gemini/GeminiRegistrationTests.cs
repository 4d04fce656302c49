using System.Text.Json.Nodes;
using CobBot.Recognition;
using CobBot.Recognition.Gemini;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CobBot.Tests.Recognition.Gemini;

public class GeminiRegistrationTests
{
    [Fact]
    public void Without_an_api_key_the_offline_recognizer_answers_alone()
    {
        using var services = new ServiceCollection()
            .AddGeminiRecognizer<OfflineRecognizerDouble>(new ConfigurationBuilder().Build())
            .BuildServiceProvider();

        Assert.IsType<OfflineRecognizerDouble>(services.GetRequiredService<IRecognizer>());
        Assert.Equal(RecognizerMode.Offline, services.GetRequiredService<RecognizerMode>().Name);
        Assert.Null(services.GetRequiredService<RecognizerMode>().Circuit);
    }

    [Fact]
    public void With_an_api_key_the_fallback_chain_answers()
    {
        using var services = new ServiceCollection()
            .AddGeminiRecognizer<OfflineRecognizerDouble>(Configuration(("Gemini:ApiKey", "k")))
            .BuildServiceProvider();

        Assert.IsType<FallbackRecognizer>(services.GetRequiredService<IRecognizer>());
        Assert.Equal(RecognizerMode.Gemini, services.GetRequiredService<RecognizerMode>().Name);
        Assert.Equal("closed", services.GetRequiredService<RecognizerMode>().Circuit);
    }

    [Fact]
    public void Defaults_match_the_documented_settings()
    {
        using var services = new ServiceCollection()
            .AddGeminiRecognizer<OfflineRecognizerDouble>(Configuration(("Gemini:ApiKey", "k")))
            .BuildServiceProvider();
        var options = services.GetRequiredService<IOptions<GeminiOptions>>().Value;

        Assert.Equal("gemini-2.5-flash", options.Model);
        Assert.Equal(new Uri("https://generativelanguage.googleapis.com/v1beta/openai/"), options.Endpoint);
        Assert.Equal(TimeSpan.FromSeconds(5), options.Timeout);
    }

    [Fact]
    public async Task Env_style_keys_configure_and_override_the_section()
    {
        await using var harness = await GeminiHarness.StartAsync(new Dictionary<string, string?>
        {
            ["Gemini:ApiKey"] = null,
            ["Gemini:Model"] = "gemini-2.5-flash-lite",
            ["GEMINI_API_KEY"] = "env-key",
            ["GEMINI_MODEL"] = "gemini-3.6-flash",
        });

        await harness.RecognizeAsync("hello");

        var (authorization, body) = Assert.Single(harness.Server.Requests);
        Assert.Equal("Bearer env-key", authorization);
        Assert.Equal("gemini-3.6-flash", JsonNode.Parse(body)!["model"]!.GetValue<string>());
        Assert.Equal(RecognizerMode.Gemini, harness.Mode.Name);
    }

    private static IConfiguration Configuration(params (string Key, string? Value)[] settings) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
}
