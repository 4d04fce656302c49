using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using CobBot.BenchBot;
using CobBot.Framework.State;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CobBot.Benchmarks;

/// <summary>
/// What the state storage alone costs per turn: read one conversation's document and write it back with its eTag
/// (the booking conversation's state is about 2 KB of JSON mid-dialog), over a table with many conversations.
/// </summary>
[MemoryDiagnoser]
[MinColumn, MedianColumn]
[ShortRunJob]
public class StorageBenchmarks
{
    private const int Conversations = 1000;
    private static readonly JsonObject Document = (JsonObject)JsonNode.Parse(
        "{\"DialogState\":{\"dialogStack\":[{\"id\":\"MainDialog\",\"state\":{\"dialogs\":{\"dialogStack\":[{\"id\":\"bookingWaterfall\",\"state\":{\"waterfall\":{\"values\":{\"booking\":{\"name\":\"Patient 1\",\"email\":\"patient1@example.com\"}},\"stepIndex\":2}}},{\"id\":\"servicePrompt\",\"state\":{\"prompt\":{\"options\":{\"prompt\":{\"type\":\"message\",\"text\":\"Which service do you need?\",\"inputHint\":\"acceptingInput\",\"textFormat\":\"plain\"},"
        + "\"retryPrompt\":{\"type\":\"message\",\"text\":\"Please choose one of the listed services.\",\"inputHint\":\"acceptingInput\",\"textFormat\":\"plain\"},\"choices\":[{\"value\":\"Billing consultation\"},{\"value\":\"Claim review\"},{\"value\":\"Payment plan setup\"}]},\"attemptCount\":0}}}]}}}]},"
        + "\"recentActivityIds\":[\"0c8e4b7a-5a86-4a0e-9d59-5a8f4f8f2b11\",\"5b1f3c9e-0b4d-4f6e-8c1a-2d3e4f5a6b7c\",\"9a8b7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d\",\"1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9\"]}")!;

    private IHost? _host;
    private TemporarySqliteDatabase? _database;
    private IStorage? _storage;
    private int _next;

    /// <summary>The storage.</summary>
    [Params(BenchStorage.Memory, BenchStorage.Sqlite)]
    public BenchStorage Storage { get; set; }

    /// <summary>Starts the storage and fills it with conversations.</summary>
    [GlobalSetup]
    public async Task SetupAsync()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        if (Storage == BenchStorage.Sqlite)
        {
            _database = new TemporarySqliteDatabase();
            builder.Services.AddSqliteBotStorage(_database.ConnectionString);
        }
        else
        {
            builder.Services.AddSingleton<IStorage, MemoryStorage>();
        }
        _host = builder.Build();
        await _host.StartAsync();
        _storage = _host.Services.GetRequiredService<IStorage>();
        for (var i = 0; i < Conversations; i++)
            await _storage.WriteAsync(new Dictionary<string, StoreItem> { [Key(i)] = new((JsonObject)Document.DeepClone(), StoreItem.AnyETag) });
    }

    /// <summary>Stops the host and deletes the database.</summary>
    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        if (_host is not null) await _host.StopAsync();
        _host?.Dispose();
        _database?.Dispose();
    }

    /// <summary>One turn's storage work: read a conversation, write it back with the eTag it was read at.</summary>
    [Benchmark]
    public async Task ReadThenWrite()
    {
        var key = Key(_next++ % Conversations);
        var item = (await _storage!.ReadAsync([key]))[key];
        await _storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = item });
    }

    private static string Key(int i) => $"emulator/conversations/perf-{i}";
}
