using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CobBot.Tests.Framework.Connector;

/// <summary>
/// A real Kestrel server on 127.0.0.1 with a free port, standing in for a channel's Connector and the token endpoints.
/// It records every request and answers with <see cref="Handler"/> (by default 201 with a ResourceResponse).
/// </summary>
internal sealed class RecordingServer : IAsyncDisposable
{
    private static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(20);
    private readonly WebApplication app;
    private readonly List<RecordedRequest> requests = [];
    private readonly List<(Func<IReadOnlyList<RecordedRequest>, bool> Condition, TaskCompletionSource Signal)> waiters = [];

    private RecordingServer(WebApplication app) => this.app = app;

    public string BaseUrl { get; private set; } = "";

    public Func<RecordedRequest, HttpContext, Task> Handler { get; set; } = (_, context) => ReplyAsync(context, 201, """{"id":"1"}""");

    public IReadOnlyList<RecordedRequest> Requests
    {
        get { lock (requests) { return [.. requests]; } }
    }

    public IReadOnlyList<RecordedRequest> RequestsTo(string pathPrefix) =>
        Requests.Where(r => r.Path.StartsWith(pathPrefix, StringComparison.Ordinal)).ToList();

    public static async Task<RecordingServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var server = new RecordingServer(builder.Build());
        server.app.Run(server.HandleAsync);
        await server.app.StartAsync();
        server.BaseUrl = server.app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return server;
    }

    public static async Task ReplyAsync(HttpContext context, int status, string? json = null, params (string Name, string Value)[] headers)
    {
        context.Response.StatusCode = status;
        foreach (var (name, value) in headers)
        {
            context.Response.Headers[name] = value;
        }
        if (json is not null)
        {
            context.Response.ContentType = "application/json; charset=utf-8";
            await context.Response.WriteAsync(json, Encoding.UTF8);
        }
    }

    /// <summary>
/// Completes when the requests received so far (signalled on arrival, before the answer) satisfy
/// <paramref name="condition"/>; fails after a generous limit instead of hanging.
/// </summary>
    public Task WaitUntilAsync(Func<IReadOnlyList<RecordedRequest>, bool> condition)
    {
        lock (requests)
        {
            if (condition(requests))
            {
                return Task.CompletedTask;
            }
            var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            waiters.Add((condition, signal));
            return signal.Task.WaitAsync(WaitLimit);
        }
    }

    public Task WaitForRequestsAsync(int count) => WaitUntilAsync(all => all.Count >= count);

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        RecordedRequest recorded;
        lock (requests)
        {
            recorded = new RecordedRequest(
                context.Request.Method, context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget, context.Request.Path.Value ?? "",
                context.Request.Headers.Authorization.FirstOrDefault(), context.Request.ContentType, body, headers) { Index = requests.Count };
            requests.Add(recorded);
        }
        SignalWaiters();
        await Handler(recorded, context);
    }

    private void SignalWaiters()
    {
        lock (requests)
        {
            foreach (var waiter in waiters.Where(w => w.Condition(requests)).ToList())
            {
                waiters.Remove(waiter);
                waiter.Signal.TrySetResult();
            }
        }
    }
}
