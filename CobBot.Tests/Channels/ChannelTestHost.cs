using CobBot.Framework.Authentication;
using CobBot.Framework.Builder;
using CobBot.Framework.Connector;
using CobBot.Framework.DirectLine;
using CobBot.Framework.Hosting;
using CobBot.Framework.State;
using CobBot.Tests.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CobBot.Tests.ChannelTests;

/// <summary>
/// A fresh app per test on Kestrel at 127.0.0.1 (a random port), so real clients can reach it: /api/messages,
/// the Direct Line server with its SQLite log in a temporary file, the page token endpoint, and
/// <see cref="ChannelTestBot"/>. Connector calls for other channels are recorded.
/// </summary>
internal sealed class ChannelTestHost : IAsyncDisposable
{
    public const string Secret = "test-direct-line-secret-0123456789abcdef";

    private readonly WebApplication _app;
    private readonly string _databaseFile;

    private ChannelTestHost(WebApplication app, string databaseFile)
    {
        _app = app;
        _databaseFile = databaseFile;
        BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Http = new HttpClient { BaseAddress = new Uri(BaseUrl) };
    }

    public string BaseUrl { get; }
    public string Domain => BaseUrl + "/v3/directline";
    public HttpClient Http { get; }
    public IServiceProvider Services => _app.Services;
    public ChannelTestBot Bot => Services.GetRequiredService<ChannelTestBot>();
    public RecordingConnectorClient Connector => Services.GetRequiredService<RecordingConnectorClient>();

    public static async Task<ChannelTestHost> StartAsync(TimeProvider? timeProvider = null, IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? configure = null)
    {
        var databaseFile = Path.Combine(Path.GetTempPath(), $"cobbot-dl-{Guid.NewGuid():N}.db");
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = Environments.Development });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["DirectLine:Secret"] = Secret,
            ["MicrosoftAppId"] = "",
        });
        if (settings is not null) builder.Configuration.AddInMemoryCollection(settings);

        var services = builder.Services;
        services.AddSingleton(timeProvider ?? TimeProvider.System);
        services.AddSingleton<RecordingConnectorClient>().AddSingleton<IConnectorClient>(sp => sp.GetRequiredService<RecordingConnectorClient>());
        services.AddBotAuthentication(builder.Configuration);
        services.AddSingleton<IStorage, MemoryStorage>().AddSingleton<ConversationState>().AddSingleton<UserState>();
        services.AddSingleton<ChannelTestBot>().AddSingleton<IBot>(sp => sp.GetRequiredService<ChannelTestBot>());
        configure?.Invoke(services);
        services.AddBotFrameworkHosting();
        services.AddDirectLine(builder.Configuration);
        services.AddSqliteDirectLineStore($"Data Source={databaseFile};Pooling=False");

        var app = builder.Build();
        app.UseDirectLine();
        app.MapBotMessages();
        app.MapDirectLine();
        app.MapDirectLineTokenEndpoint();
        await app.StartAsync();
        return new ChannelTestHost(app, databaseFile);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        foreach (var file in new[] { _databaseFile, _databaseFile + "-wal", _databaseFile + "-shm" }) File.Delete(file);
    }
}
