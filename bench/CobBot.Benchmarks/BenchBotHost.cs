using System.Text.Json;
using CobBot.BenchBot;
using CobBot.Framework.Builder;
using CobBot.Framework.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CobBot.Benchmarks;

/// <summary>
/// The bench bot's services (exactly as the web app registers them, minus Kestrel), started as a host so the
/// storage initialiser runs, with a driver that POSTs whole conversations through <see cref="CloudAdapter.ProcessAsync"/>:
/// JSON parsing, authentication (disabled), the turn transaction with state load/save, and the expectReplies body.
/// </summary>
internal sealed class BenchBotHost : IAsyncDisposable
{
    private readonly IHost _host;
    private readonly TemporarySqliteDatabase? _database;
    private readonly CloudAdapter _adapter;
    private readonly IBot _bot;
    private readonly ConversationPayloads _payloads = new();
    private readonly MemoryStream _responseBody = new();
    private long _conversation;

    private BenchBotHost(IHost host, TemporarySqliteDatabase? database)
    {
        _host = host;
        _database = database;
        _adapter = host.Services.GetRequiredService<CloudAdapter>();
        _bot = host.Services.GetRequiredService<IBot>();
    }

    /// <summary>Builds and starts the bot's services over <paramref name="storage"/>.</summary>
    public static async Task<BenchBotHost> StartAsync(BenchStorage storage)
    {
        var database = storage == BenchStorage.Sqlite ? new TemporarySqliteDatabase() : null;
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddBenchBot(builder.Configuration, storage, database?.ConnectionString);
        var host = builder.Build();
        await host.StartAsync();
        return new BenchBotHost(host, database);
    }

    /// <summary>Runs the next new conversation's seven turns; throws unless every turn answers 200.</summary>
    public async Task RunConversationAsync()
    {
        _payloads.SetConversation(++_conversation);
        for (var turn = 0; turn < ConversationPayloads.TurnCount; turn++)
            await PostAsync(_payloads.Turn(turn));
    }

    /// <summary>Runs one conversation and returns the reply texts of each turn.</summary>
    public async Task<List<string[]>> RunTranscriptAsync()
    {
        _payloads.SetConversation(++_conversation);
        var transcript = new List<string[]>();
        for (var turn = 0; turn < ConversationPayloads.TurnCount; turn++)
        {
            await PostAsync(_payloads.Turn(turn));
            using var body = JsonDocument.Parse(_responseBody.ToArray());
            transcript.Add([.. body.RootElement.GetProperty("activities").EnumerateArray().Select(a => a.GetProperty("text").GetString() ?? string.Empty)]);
        }
        return transcript;
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        _database?.Dispose();
    }

    private async Task PostAsync(byte[] json)
    {
        _responseBody.SetLength(0);
        var context = new DefaultHttpContext { RequestServices = _host.Services };
        context.Request.Method = HttpMethods.Post;
        context.Request.ContentType = "application/json; charset=utf-8";
        context.Request.Body = new MemoryStream(json, writable: false);
        context.Response.Body = _responseBody;
        await _adapter.ProcessAsync(context.Request, context.Response, _bot);
        if (context.Response.StatusCode != StatusCodes.Status200OK)
            throw new InvalidOperationException($"The turn answered HTTP {context.Response.StatusCode}.");
    }
}
