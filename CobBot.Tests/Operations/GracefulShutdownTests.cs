using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text.Json.Nodes;
using CobBot.App;
using CobBot.Email;
using CobBot.Recognition;
using CobBot.Recognition.Offline;
using CobBot.Tests.App;
using CobBot.Tests.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CobBot.Tests.Operations;

/// <summary>The real app on Kestrel, stopped while a turn is in flight and a Direct Line stream is open.</summary>
public sealed class GracefulShutdownTests
{
    private const string Secret = "shutdown-test-direct-line-secret-0123456789";
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Stopping_finishes_the_in_flight_turn_stops_the_outbox_worker_and_closes_websockets_with_going_away()
    {
        await using var database = TestDatabase.CreateEmpty();
        var recognizer = new GatedRecognizer();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Development });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration["ConnectionStrings:CobBot"] = database.ConnectionString;
        builder.Configuration["Admin:AdminPassword"] = CobBotAppFactory.AdminPassword;
        builder.Configuration["DirectLine:Secret"] = Secret;
        builder.Configuration["Email:PickupDirectory"] = Path.Combine(database.Folder, "mail-pickup");
        builder.Services.AddCobBot(builder.Configuration, builder.Environment);
        builder.Services.AddSingleton(TrainedClassifier.Instance);
        builder.Services.AddSingleton<IRecognizer>(sp => recognizer.Over(sp.GetRequiredService<OfflineRecognizer>()));
        await using var app = builder.Build();
        app.MapCobBot();
        await app.StartAsync();
        var baseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var http = new HttpClient { BaseAddress = new Uri(baseUrl) };

        using var start = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/conversations");
        start.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Secret);
        var conversation = await (await http.SendAsync(start)).Content.ReadFromJsonAsync<JsonObject>();
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri((string)conversation!["streamUrl"]!), CancellationToken.None);

        var turn = http.PostAsJsonAsync("/api/chat", new JsonObject { ["message"] = "What are your support hours?" });
        await recognizer.Entered.Task.WaitAsync(Deadline);
        var lifetime = app.Services.GetRequiredService<IHostApplicationLifetime>();
        var stop = app.StopAsync();
        await WaitAsync(lifetime.ApplicationStopping);
        recognizer.Release.SetResult();

        var answer = await turn.WaitAsync(Deadline);
        answer.EnsureSuccessStatusCode();
        Assert.False(string.IsNullOrWhiteSpace((string?)(await answer.Content.ReadFromJsonAsync<JsonObject>())!["response"]));
        var closeStatus = await ReadUntilCloseAsync(socket);
        await stop.WaitAsync(Deadline);

        Assert.Equal(WebSocketCloseStatus.EndpointUnavailable, closeStatus);
        var outbox = app.Services.GetServices<IHostedService>().OfType<OutboxDispatcher>().Single();
        Assert.True(outbox.ExecuteTask!.IsCompleted);
        Assert.False(outbox.ExecuteTask.IsFaulted);
    }

    private static async Task<WebSocketCloseStatus?> ReadUntilCloseAsync(ClientWebSocket socket)
    {
        using var deadline = new CancellationTokenSource(Deadline);
        var buffer = new byte[16 * 1024];
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, deadline.Token);
            if (result.MessageType == WebSocketMessageType.Close) return result.CloseStatus;
        }
    }

    private static Task WaitAsync(CancellationToken token)
    {
        var stopped = new TaskCompletionSource();
        token.Register(stopped.SetResult);
        return stopped.Task.WaitAsync(Deadline);
    }

    /// <summary>A recognizer that waits, mid-turn, until the test releases it.</summary>
    private sealed class GatedRecognizer
    {
        public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public IRecognizer Over(IRecognizer inner) => new Gate(this, inner);

        private sealed class Gate(GatedRecognizer owner, IRecognizer inner) : IRecognizer
        {
            public async Task<RecognizerResult> RecognizeAsync(string text, TimeZoneInfo timeZone, CancellationToken cancellationToken = default)
            {
                owner.Entered.TrySetResult();
                await owner.Release.Task;
                return await inner.RecognizeAsync(text, timeZone, cancellationToken);
            }
        }
    }
}
