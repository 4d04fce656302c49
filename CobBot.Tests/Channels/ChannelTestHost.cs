using CobBot.Data;
using CobBot.Framework.Authentication;
using CobBot.Framework.Builder;
using CobBot.Framework.Connector;
using CobBot.Framework.DirectLine;
using CobBot.Framework.Hosting;
using CobBot.Framework.State;
using CobBot.Framework.Teams;
using CobBot.Tests.Data;
using CobBot.Tests.Framework.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
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
    private readonly Func<ValueTask> _deleteDatabase;

    private ChannelTestHost(WebApplication app, Func<ValueTask> deleteDatabase)
    {
        _app = app;
        _deleteDatabase = deleteDatabase;
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
        Action<IServiceCollection>? configure = null, string? databaseFile = null, string environment = "Development", bool realConnector = false)
    {
        // The Direct Line store: the given SQLite file (kept), else a database of its own on this run's provider (deleted).
        var database = databaseFile is null && TestDatabase.Provider == DatabaseProvider.Postgres ? TestDatabase.CreateEmpty() : null;
        var ownedFile = databaseFile is null && database is null ? NewDatabaseFile() : null;
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = "",
        });
        if (settings is null || !settings.ContainsKey("DirectLine:Secret")) builder.Configuration["DirectLine:Secret"] = Secret;
        if (settings is not null) builder.Configuration.AddInMemoryCollection(settings);

        var services = builder.Services;
        services.AddSingleton(timeProvider ?? TimeProvider.System);
        services.AddSingleton<RecordingConnectorClient>();
        if (realConnector) services.AddBotConnector(builder.Configuration);
        else services.AddSingleton<IConnectorClient>(sp => sp.GetRequiredService<RecordingConnectorClient>());
        services.AddBotAuthentication(builder.Configuration);
        services.AddSingleton<IStorage, MemoryStorage>().AddSingleton<ConversationState>().AddSingleton<UserState>();
        services.AddSingleton<ChannelTestBot>().AddSingleton<IBot>(sp => sp.GetRequiredService<ChannelTestBot>());
        configure?.Invoke(services);
        services.AddBotFrameworkHosting();
        services.AddTeamsRateLimiting();
        services.AddDirectLine(builder.Configuration);
        if (database is not null) services.AddPostgresDirectLineStore(database.ConnectionString);
        else services.AddSqliteDirectLineStore($"Data Source={databaseFile ?? ownedFile};Pooling=False");

        var app = builder.Build();
        // The app's web chat page, straight from the source tree (wwwroot/lib is filled by the CobBot build).
        var page = new PhysicalFileProvider(Path.Combine(PeerClients.RepositoryRoot, "CobBot", "wwwroot"));
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = page });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = page });
        app.UseDirectLine();
        app.MapBotMessages();
        app.MapDirectLine();
        app.MapDirectLineTokenEndpoint();
        await app.StartAsync();
        return new ChannelTestHost(app, () =>
        {
            if (ownedFile is not null) DeleteDatabase(ownedFile);
            return database?.DisposeAsync() ?? ValueTask.CompletedTask;
        });
    }

    /// <summary>A path for a fresh SQLite file (deleted by <see cref="DeleteDatabase"/>).</summary>
    public static string NewDatabaseFile() => Path.Combine(Path.GetTempPath(), $"cobbot-dl-{Guid.NewGuid():N}.db");

    public static void DeleteDatabase(string databaseFile)
    {
        foreach (var file in new[] { databaseFile, databaseFile + "-wal", databaseFile + "-shm" }) File.Delete(file);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        await _deleteDatabase();
    }
}
