using CobBot.App;
using CobBot.Tests.App;
using CobBot.Tests.Data;
using CobBot.Tests.Scheduling;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace CobBot.Tests.ChannelTests;

/// <summary>
/// The real CobBot app (its <c>AddCobBot</c>/<c>MapCobBot</c>, as <c>Program.cs</c> calls them) —
/// Teams rate limiting, the Direct Line server on the app database, the page token endpoint and the web chat page —
/// on Kestrel at 127.0.0.1 for the real clients, with a fresh database per test, mail to a pickup folder beside it
/// and a fixed clock (<see cref="SchedulingTestHost.DefaultNow"/>), so "next Tuesday" always has the same free times.
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
    public TestDatabase Database => _database;
    public string PickupDirectory => Path.Combine(_database.Folder, "mail-pickup");

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
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>(database.Settings)
        {
            ["Admin:AdminPassword"] = CobBotAppFactory.AdminPassword,
            ["DirectLine:Secret"] = ChannelTestHost.Secret,
            ["Email:PickupDirectory"] = Path.Combine(database.Folder, "mail-pickup"),
        });

        // As Program.cs: AddCobBot registers the channels too.
        builder.Services.AddCobBot(builder.Configuration, builder.Environment);
        builder.Services.AddSingleton(TrainedClassifier.Instance);
        builder.Services.AddSingleton<TimeProvider>(new FakeTimeProvider(SchedulingTestHost.DefaultNow));

        var app = builder.Build();
        // As Program.cs: MapCobBot serves the page, the Direct Line and every API.
        app.MapCobBot();
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
