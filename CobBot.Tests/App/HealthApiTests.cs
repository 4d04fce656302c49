using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CobBot.Data;
using Microsoft.Extensions.DependencyInjection;

namespace CobBot.Tests.App;

public sealed class HealthApiTests
{
    [Fact]
    public async Task A_new_database_is_migrated_and_healthy()
    {
        await using var app = new CobBotAppFactory();

        var response = await app.CreateClient().GetAsync("/api/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal("healthy", (string?)body!["status"]);
        Assert.NotNull((DateTimeOffset?)body["timestamp"]);
        Assert.Equal("offline", (string?)body["recognizer"]!["mode"]);
        Assert.Null(body["recognizer"]!["circuit"]);
        Assert.True((bool?)body["database"]!["connected"]);
        Assert.EndsWith("_TurnAnalytics", (string?)body["database"]!["last_migration"]);
        Assert.Empty(body["database"]!["pending_migrations"]!.AsArray());
    }

    [Fact]
    public async Task An_unhealthy_database_answers_503_with_the_same_shape()
    {
        await using var app = new CobBotAppFactory(services: s => s.AddSingleton<IDatabaseHealth, UnreachableDatabase>());

        var response = await app.CreateClient().GetAsync("/api/health");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal("unhealthy", (string?)body!["status"]);
        Assert.False((bool?)body["database"]!["connected"]);
    }

    private sealed class UnreachableDatabase : IDatabaseHealth
    {
        public Task<DatabaseStatus> GetStatusAsync(CancellationToken cancellationToken = default) =>
            Task.FromResult(new DatabaseStatus(false, null, []));
    }
}
