using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using CobBot.Framework.Authentication;
using CobBot.Framework.Builder;
using CobBot.Framework.Connector;
using CobBot.Framework.Hosting;
using CobBot.Framework.Schema;
using CobBot.Framework.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace CobBot.Tests.Framework.Hosting;

/// <summary>A fresh in-memory web app per test: the real endpoint and adapter, with test doubles at the edges.</summary>
internal sealed class BotTestHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BotTestHost(WebApplication app)
    {
        _app = app;
        Client = app.GetTestClient();
    }

    public HttpClient Client { get; }
    public IServiceProvider Services => _app.Services;
    public RecordingConnectorClient Connector => Services.GetRequiredService<RecordingConnectorClient>();
    public TestAuthenticator Authenticator => Services.GetRequiredService<TestAuthenticator>();
    public InterceptingStorage Storage => Services.GetRequiredService<InterceptingStorage>();
    public FakeTimeProvider Time => Services.GetRequiredService<FakeTimeProvider>();
    public CollectingLoggerProvider Logs => Services.GetRequiredService<CollectingLoggerProvider>();
    public CloudAdapter Adapter => Services.GetRequiredService<CloudAdapter>();

    /// <summary>Starts a host running the bot built by <paramref name="createBot"/>; <paramref name="configure"/> runs before the hosting registration.</summary>
    public static async Task<BotTestHost> StartAsync(Func<IServiceProvider, IBot> createBot, Action<IServiceCollection>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        var logs = new CollectingLoggerProvider();
        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Debug);

        var services = builder.Services;
        services.AddSingleton(logs);
        services.AddSingleton<RecordingConnectorClient>().AddSingleton<IConnectorClient>(sp => sp.GetRequiredService<RecordingConnectorClient>());
        services.AddSingleton<TestAuthenticator>().AddSingleton<IBotAuthenticator>(sp => sp.GetRequiredService<TestAuthenticator>());
        services.AddSingleton<InterceptingStorage>().AddSingleton<IStorage>(sp => sp.GetRequiredService<InterceptingStorage>());
        services.AddSingleton<FakeTimeProvider>().AddSingleton<TimeProvider>(sp => sp.GetRequiredService<FakeTimeProvider>());
        services.AddSingleton<ConversationState>().AddSingleton<UserState>();
        services.AddSingleton(createBot);
        configure?.Invoke(services);
        services.AddBotFrameworkHosting();

        var app = builder.Build();
        app.MapBotMessages();
        await app.StartAsync();
        return new BotTestHost(app);
    }

    public static Task<BotTestHost> StartAsync<TBot>(Action<IServiceCollection>? configure = null) where TBot : class, IBot =>
        StartAsync(sp => sp.GetRequiredService<TBot>(), services =>
        {
            services.AddSingleton<TBot>();
            configure?.Invoke(services);
        });

    public T Bot<T>() where T : IBot => (T)Services.GetRequiredService<IBot>();

    public Task<HttpResponseMessage> PostAsync(Activity activity) => PostJsonAsync(BotJson.Serialize(activity));

    public Task<HttpResponseMessage> PostJsonAsync(string json)
    {
        var content = new StringContent(json, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return Client.PostAsync("/api/messages", content);
    }

    /// <summary>The stored conversation state document of the test conversation, or null.</summary>
    public async Task<JsonObject?> ConversationStateAsync(string channelId = Channels.Test)
    {
        var key = $"{channelId}/conversations/{TestActivities.ConversationId}";
        var items = await Storage.Inner.ReadAsync([key]);
        return items.TryGetValue(key, out var item) ? item.Document : null;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
    }
}
