using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CobBot.Tests.Recognition.Gemini;

/// <summary>
/// Gemini's OpenAI-compatible API in-process: a real Kestrel app on 127.0.0.1:0 that maps
/// <c>POST /v1beta/openai/chat/completions</c>, records each request and answers with <see cref="Respond"/>.
/// </summary>
internal sealed class FakeGeminiServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TaskCompletionSource _firstRequest = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private FakeGeminiServer(WebApplication app) => _app = app;

    /// <summary>Base URL to configure as <c>Gemini:Endpoint</c>.</summary>
    public Uri Endpoint { get; private set; } = null!;

    /// <summary>How the next requests are answered; by default a valid recognition.</summary>
    public Func<HttpContext, Task> Respond { get; set; } = context => ChatCompletions.WriteAsync(context, ChatCompletions.Recognition());

    /// <summary>Every request received: its Authorization header and raw body.</summary>
    public ConcurrentQueue<(string? Authorization, string Body)> Requests { get; } = new();

    /// <summary>Completes when the first request has been read.</summary>
    public Task FirstRequest => _firstRequest.Task;

    public static async Task<FakeGeminiServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var server = new FakeGeminiServer(builder.Build());
        server._app.MapPost("/v1beta/openai/chat/completions", server.HandleAsync);
        await server._app.StartAsync();
        var address = server._app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        server.Endpoint = new Uri($"{address}/v1beta/openai/");
        return server;
    }

    /// <summary>Answers like a server that never replies, until the client gives up.</summary>
    public static Task NeverAnswer(HttpContext context) => Task.Delay(Timeout.Infinite, context.RequestAborted);

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        Requests.Enqueue((context.Request.Headers.Authorization.ToString(), await reader.ReadToEndAsync()));
        _firstRequest.TrySetResult();
        try
        {
            await Respond(context);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client timed out and hung up: nothing left to answer.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
