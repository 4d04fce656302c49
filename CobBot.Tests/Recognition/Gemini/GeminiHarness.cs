using CobBot.Recognition;
using CobBot.Recognition.Gemini;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace CobBot.Tests.Recognition.Gemini;

/// <summary>The app's recognizer chain built through DI against a <see cref="FakeGeminiServer"/>, with fake time.</summary>
internal sealed class GeminiHarness : IAsyncDisposable
{
    public const int FailureThreshold = 3;
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);
    public static readonly TimeSpan BreakDuration = TimeSpan.FromSeconds(30);

    private readonly ServiceProvider _services;

    private GeminiHarness(FakeGeminiServer server, ServiceProvider services, FakeTimeProvider time, CapturedLogs logs)
    {
        Server = server;
        _services = services;
        Time = time;
        Logs = logs;
    }

    public FakeGeminiServer Server { get; }
    public CapturedLogs Logs { get; }
    /// <summary>Wednesday 25 Nov 2026, 2:00 PM in New York.</summary>
    public FakeTimeProvider Time { get; }
    public TimeZoneInfo NewYork { get; } = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
    public IRecognizer Recognizer => _services.GetRequiredService<IRecognizer>();
    public OfflineRecognizerDouble Offline => _services.GetRequiredService<OfflineRecognizerDouble>();
    public RecognizerMode Mode => _services.GetRequiredService<RecognizerMode>();

    public static async Task<GeminiHarness> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var server = await FakeGeminiServer.StartAsync();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Gemini:ApiKey"] = "test-key",
                ["Gemini:Endpoint"] = server.Endpoint.ToString(),
                ["Gemini:Timeout"] = Timeout.ToString(),
                ["Gemini:FailureThreshold"] = FailureThreshold.ToString(),
                ["Gemini:BreakDuration"] = BreakDuration.ToString(),
            })
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 19, 0, 0, TimeSpan.Zero));
        var logs = new CapturedLogs();
        var services = new ServiceCollection()
            .AddLogging(logging => logging.AddProvider(logs))
            .AddSingleton<TimeProvider>(time)
            .AddGeminiRecognizer<OfflineRecognizerDouble>(configuration)
            .BuildServiceProvider();
        return new GeminiHarness(server, services, time, logs);
    }

    public Task<RecognizerResult> RecognizeAsync(string text, CancellationToken cancellationToken = default) =>
        Recognizer.RecognizeAsync(text, NewYork, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Server.DisposeAsync();
    }
}
