using CobBot.App;
using CobBot.Framework.DirectLine;
using CobBot.Framework.Teams;
using CobBot.Tests.App;
using CobBot.Tests.Data;
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
/// The real CobBot app (its <c>AddCobBot</c>/<c>MapCobBot</c>) with the channel wiring proposed for Program.cs —
/// Teams rate limiting, the Direct Line server on the app database, the page token endpoint and the web chat page —
/// on Kestrel at 127.0.0.1 for the real clients, with a fresh database per test.
/// </summary>
internal sealed class CobBotChannelHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TestDatabase _database;

    private CobBotChannelHost(WebApplication app, TestDatabase database)
    {
        _app = app;
        _database = database;
        BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    }

    public string BaseUrl { get; }
    public string Domain => BaseUrl + "/v3/directline";

    public static async Task<CobBotChannelHost> StartAsync()
    {
        var database = TestDatabase.CreateEmpty();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = Environments.Development,
            ContentRootPath = Path.Combine(PeerClients.RepositoryRoot, "CobBot"),
        });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:CobBot"] = database.ConnectionString,
            ["Admin:AdminPassword"] = CobBotAppFactory.AdminPassword,
            ["DirectLine:Secret"] = ChannelTestHost.Secret,
        });

        // Program.cs: builder.Services.AddCobBot(...), then the channels.
        builder.Services.AddCobBot(builder.Configuration, builder.Environment);
        builder.Services.AddSingleton(TrainedClassifier.Instance);
        builder.Services.AddTeamsRateLimiting();
        builder.Services.AddDirectLine(builder.Configuration);
        builder.Services.AddSqliteDirectLineStore(database.ConnectionString);

        var app = builder.Build();
        // Program.cs: the page and the Direct Line middleware before MapCobBot, the endpoints after it.
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.UseDirectLine();
        app.MapCobBot();
        app.MapDirectLine();
        app.MapDirectLineTokenEndpoint();
        await app.StartAsync();
        return new CobBotChannelHost(app, database);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        await _database.DisposeAsync();
    }
}
