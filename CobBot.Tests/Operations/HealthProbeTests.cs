using System.Net;
using CobBot.Data;
using CobBot.Recognition.Offline;
using CobBot.Tests.App;
using Microsoft.Extensions.DependencyInjection;

namespace CobBot.Tests.Operations;

public sealed class HealthProbeTests
{
    [Fact]
    public async Task A_started_app_is_live_and_ready()
    {
        await using var app = new CobBotAppFactory();
        var client = app.CreateClient();
        // The intent model loads in the background after start; ready means it has finished.
        await app.Services.GetRequiredService<OfflineIntentClassifier>().EnsureReadyAsync();

        var live = await client.GetAsync("/health/live");
        var ready = await client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_unmigrated_database_is_live_but_not_ready()
    {
        await using var app = new CobBotAppFactory(services: s => s.AddSingleton<IDatabaseHealth, PendingMigrations>());
        var client = app.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("Unhealthy", await ready.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_empty_knowledge_index_is_not_ready()
    {
        await using var app = new CobBotAppFactory();
        var client = app.CreateClient();
        await using (var db = app.CreateDbContext())
        {
            db.KnowledgeSections.RemoveRange(db.KnowledgeSections);
            await db.SaveChangesAsync();
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health/ready")).StatusCode);
    }

    private sealed class PendingMigrations : IDatabaseHealth
    {
        public Task<DatabaseStatus> GetStatusAsync(CancellationToken cancellationToken = default) =>
            Task.FromResult(new DatabaseStatus(true, "0001_Initial", ["0002_Next"]));
    }
}
