using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CobBot.Analytics;
using CobBot.Analytics.Persistence;
using CobBot.Knowledge.Persistence;
using CobBot.Recognition;
using CobBot.Tests.App;

namespace CobBot.Tests.Analytics;

public sealed class DashboardApiTests
{
    private const string Range = "/api/admin/dashboard?from=2026-03-01&to=2026-03-31";

    [Fact]
    public async Task Needs_a_token()
    {
        await using var app = new CobBotAppFactory();

        var response = await app.CreateClient().GetAsync(Range);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task An_empty_database_reports_zeros()
    {
        await using var app = new CobBotAppFactory();
        var client = await SignedInClientAsync(app);

        var report = await client.GetFromJsonAsync<JsonObject>(Range);

        Assert.Equal(0, (int?)report!["conversations"]);
        Assert.Equal(0, (int?)report["turns"]);
        Assert.Equal(0.0, (double?)report["average_sentiment"]);
        Assert.Equal(Intents.All, report["intents"]!.AsObject().Select(p => p.Key));
        Assert.All(report["intents"]!.AsObject(), p => Assert.Equal(0, (int?)p.Value));
        Assert.Equal(0.0, (double?)report["knowledge_feedback"]!["helpful_ratio"]);
    }

    [Fact]
    public async Task Counts_the_range_only()
    {
        await using var app = new CobBotAppFactory();
        await using (var db = app.CreateDbContext())
        {
            db.AddRange(
                Turn("a", Intents.Greeting, 0.5, new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero)),
                Turn("a", Intents.KbQuery, -0.5, new(2026, 3, 15, 12, 0, 0, TimeSpan.Zero)),
                Turn("b", Intents.KbQuery, 0.3, new(2026, 3, 31, 23, 59, 0, TimeSpan.Zero)),
                Turn("c", Intents.Thanks, 1.0, new(2026, 4, 1, 0, 0, 0, TimeSpan.Zero)),
                Turn("d", Intents.Goodbye, 1.0, new(2026, 2, 28, 23, 59, 0, TimeSpan.Zero)),
                Feedback(true, new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero)),
                Feedback(true, new(2026, 3, 3, 9, 0, 0, TimeSpan.Zero)),
                Feedback(false, new(2026, 3, 4, 9, 0, 0, TimeSpan.Zero)),
                Feedback(false, new(2026, 4, 2, 9, 0, 0, TimeSpan.Zero)));
            await db.SaveChangesAsync();
        }
        var client = await SignedInClientAsync(app);

        var report = await client.GetFromJsonAsync<JsonObject>(Range);

        Assert.Equal(2, (int?)report!["conversations"]);
        Assert.Equal(3, (int?)report["turns"]);
        Assert.Equal(1, (int?)report["intents"]![Intents.Greeting]);
        Assert.Equal(2, (int?)report["intents"]![Intents.KbQuery]);
        Assert.Equal(0, (int?)report["intents"]![Intents.Thanks]);
        Assert.Equal(0.1, (double?)report["average_sentiment"]);
        Assert.Equal(2, (int?)report["knowledge_feedback"]!["helpful"]);
        Assert.Equal(1, (int?)report["knowledge_feedback"]!["not_helpful"]);
        Assert.Equal(0.667, (double?)report["knowledge_feedback"]!["helpful_ratio"]);
    }

    [Theory]
    [InlineData("?from=2026-03-02&to=2026-03-01")]
    [InlineData("?from=2025-01-01&to=2026-03-01")]
    [InlineData("?from=yesterday")]
    public async Task Rejects_a_bad_range(string query)
    {
        await using var app = new CobBotAppFactory();
        var client = await SignedInClientAsync(app);

        var response = await client.GetAsync($"/api/admin/dashboard{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Agents_may_not_see_it()
    {
        await using var app = new CobBotAppFactory(new()
        {
            ["Admin:Users:0:Username"] = "agent1",
            ["Admin:Users:0:PasswordHash"] = CobBot.Admin.AdminUserStore.HashPassword("agent-password-1"),
            ["Admin:Users:0:Roles:0"] = "agent",
        });
        var client = await SignedInClientAsync(app, "agent1", "agent-password-1");

        var response = await client.GetAsync(Range);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static async Task<HttpClient> SignedInClientAsync(CobBotAppFactory app, string username = "admin", string password = CobBotAppFactory.AdminPassword)
    {
        var client = app.CreateClient();
        var login = await client.PostAsJsonAsync("/api/admin/login", new { username, password });
        login.EnsureSuccessStatusCode();
        var token = (string?)(await login.Content.ReadFromJsonAsync<JsonObject>())!["access_token"];
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static TurnRecord Turn(string conversation, string intent, double sentiment, DateTimeOffset at) => new()
    {
        TurnKeyHash = ConversationKey.Hash($"{conversation}/{at:O}"),
        ConversationKeyHash = ConversationKey.Hash(conversation),
        Channel = "webchat",
        Intent = intent,
        Score = 0.9,
        Sentiment = sentiment,
        Recognizer = "offline",
        OccurredAt = at,
    };

    private static KnowledgeFeedback Feedback(bool helpful, DateTimeOffset at) => new()
    {
        ArticleId = "refund-policy",
        Helpful = helpful,
        ConversationKeyHash = ConversationKey.Hash("x"),
        CreatedAt = at,
    };
}
