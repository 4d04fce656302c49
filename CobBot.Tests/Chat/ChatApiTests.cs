using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using CobBot.Analytics;
using CobBot.Analytics.Persistence;
using CobBot.Cards;
using CobBot.Dialogs.Knowledge;
using CobBot.Handoff;
using CobBot.Tests.App;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace CobBot.Tests.Chat;

public sealed class ChatApiTests
{
    [Fact]
    public async Task Answers_in_the_seed_shape_and_starts_a_session()
    {
        await using var app = new CobBotAppFactory();

        var body = await app.CreateClient().ChatAsync("hello");

        var sessionId = (string?)body["session_id"];
        Assert.Matches("^[0-9a-f]{32}$", sessionId);
        Assert.Equal("greeting", (string?)body["intent"]);
        Assert.NotNull((DateTimeOffset?)body["timestamp"]);
        // First contact: the welcome card, whose text doubles as the greeting.
        Assert.Equal(WelcomeCard.Greeting, (string?)body["response"]);
        var welcome = Assert.Single(body["activities"]!.AsArray())!;
        Assert.Equal("message", (string?)welcome["type"]);
        Assert.Equal(sessionId, (string?)welcome["conversation"]!["id"]);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)welcome["attachments"]![0]!["contentType"]);
    }

    [Fact]
    public async Task The_session_continues_across_calls()
    {
        await using var app = new CobBotAppFactory();
        var client = app.CreateClient();

        var first = await client.ChatAsync("What is your refund policy?");
        var sessionId = (string)first["session_id"]!;
        Assert.Equal("kb_query", (string?)first["intent"]);
        Assert.Contains("Source: **Refund Policy**", (string?)first["response"]);
        Assert.Contains(KnowledgeDialog.HelpfulQuestion, (string?)first["response"]);

        // The answer goes to the waiting "Was this helpful?" prompt of the same conversation, without a second welcome.
        var second = await client.ChatAsync("yes", sessionId);

        Assert.Equal(sessionId, (string?)second["session_id"]);
        Assert.Equal(KnowledgeDialog.FeedbackThanks, (string?)second["response"]);
        await using var db = app.CreateDbContext();
        var feedback = Assert.Single(await db.KnowledgeFeedback.ToListAsync());
        Assert.Equal("refund-policy", feedback.ArticleId);
        Assert.True(feedback.Helpful);
        Assert.Equal(ConversationKey.Hash($"api/{sessionId}"), feedback.ConversationKeyHash);
    }

    [Fact]
    public async Task Records_turn_analytics_without_personal_data()
    {
        await using var app = new CobBotAppFactory();

        var body = await app.CreateClient().ChatAsync("Can you email priya.singh@example.com about pricing? I'm angry");

        await using var db = app.CreateDbContext();
        var turn = Assert.Single(await db.Set<TurnRecord>().ToListAsync());
        Assert.Equal("kb_query", turn.Intent);
        Assert.Equal("api", turn.Channel);
        Assert.InRange(turn.Sentiment, -1, -0.3);
        Assert.Equal(ConversationKey.Hash($"api/{body["session_id"]}"), turn.ConversationKeyHash);
        var stored = string.Join("|", turn.TurnKeyHash, turn.ConversationKeyHash, turn.Channel, turn.Intent, turn.Recognizer);
        Assert.DoesNotContain("priya", stored); // no hex digit in "priya", so a hash cannot contain it by chance
        Assert.DoesNotContain((string)body["session_id"]!, stored);
    }

    [Fact]
    public async Task While_a_person_has_the_conversation_the_bot_stays_silent()
    {
        // Wednesday 25 Nov 2026, 5:00 PM in New York: support is open.
        await using var app = new CobBotAppFactory(time: new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 22, 0, 0, TimeSpan.Zero)));
        var client = app.CreateClient();

        var queued = await client.ChatAsync("I want to talk to a person");
        var sessionId = (string)queued["session_id"]!;
        var waiting = await client.ChatAsync("are you there?", sessionId);
        var left = await client.ChatAsync("cancel", sessionId);

        Assert.EndsWith(HandoffMessages.Connecting(1), (string?)queued["response"]);
        Assert.Equal("", (string?)waiting["response"]);
        Assert.Empty(waiting["activities"]!.AsArray());
        Assert.Equal(HandoffMessages.LeftQueue, (string?)left["response"]);
    }

    [Theory]
    [InlineData("{\"message\": \"\"}", "message", "2000")]
    [InlineData("{\"message\": \"   \"}", "message", "2000")]
    [InlineData("{\"session_id\": \"abcdefgh1\"}", "message", "2000")]
    [InlineData("{\"message\": \"hi\", \"session_id\": \"../etc\"}", "session_id", "8 to 64")]
    public async Task Rejects_invalid_requests_with_problem_details(string json, string field, string detail)
    {
        await using var app = new CobBotAppFactory();

        var response = await app.CreateClient().PostAsync("/api/chat", new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Contains(detail, problem!["errors"]![field]![0]!.ToString());
    }

    [Fact]
    public async Task Rejects_an_oversized_message_naming_the_limit()
    {
        await using var app = new CobBotAppFactory();

        var response = await app.CreateClient().PostAsJsonAsync("/api/chat", new { message = new string('a', 2001) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal("Too long: 2001 characters; the limit is 2000.", (string?)problem!["errors"]!["message"]![0]);
    }

    [Theory]
    [InlineData("{\"message\": ")]
    [InlineData("not json")]
    [InlineData("[1, 2]")]
    [InlineData("{\"message\": 42}")]
    [InlineData("")]
    public async Task Malformed_json_is_a_400_not_a_500(string json)
    {
        await using var app = new CobBotAppFactory();

        var response = await app.CreateClient().PostAsync("/api/chat", new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Limits_requests_per_client()
    {
        await using var app = new CobBotAppFactory(new() { ["Chat:PermitsPerMinute"] = "2" });
        var client = app.CreateClient();
        await client.ChatAsync("hello");
        await client.ChatAsync("hello");

        var third = await client.PostAsJsonAsync("/api/chat", new { message = "hello" });

        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
    }
}
