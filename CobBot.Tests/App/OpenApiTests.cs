using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace CobBot.Tests.App;

public sealed class OpenApiTests
{
    [Fact]
    public async Task Describes_the_apis_and_serves_the_reference_offline()
    {
        await using var app = new CobBotAppFactory();
        var client = app.CreateClient();

        var document = await client.GetFromJsonAsync<JsonObject>("/openapi/v1.json");
        var docs = await client.GetAsync("/docs");

        var paths = document!["paths"]!.AsObject().Select(p => p.Key).ToList();
        Assert.Contains("/api/chat", paths);
        Assert.Contains("/api/health", paths);
        Assert.Contains("/api/admin/login", paths);
        Assert.Contains("/api/admin/dashboard", paths);
        Assert.Equal(HttpStatusCode.OK, docs.StatusCode);
        Assert.DoesNotContain("fonts.scalar.com", await docs.Content.ReadAsStringAsync());
    }
}
