using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CobBot.Tests.App;

namespace CobBot.Tests.Recognition.Gemini;

/// <summary>The app with a Gemini key, against an in-process fake of Gemini's OpenAI-compatible API.</summary>
public sealed class GeminiAppTests : IAsyncLifetime
{
    private const string Grounded = "Yes: COB Company gives a full refund within 30 days.";
    private FakeGeminiServer _gemini = null!;

    public async Task InitializeAsync()
    {
        _gemini = await FakeGeminiServer.StartAsync();
        // Recognition and grounded answers share the endpoint; the system prompt tells them apart.
        _gemini.Respond = context => ChatCompletions.WriteAsync(context, _gemini.Requests.Last().Body.Contains("You classify messages")
            ? ChatCompletions.Recognition(r => { r["intent"] = "kb_query"; r["serviceType"] = null; r["date"] = null; r["time"] = null; })
            : ChatCompletions.Completion(new JsonObject { ["answered"] = true, ["answer"] = Grounded, ["sources"] = new JsonArray(1) }.ToJsonString()));
    }

    public async Task DisposeAsync() => await _gemini.DisposeAsync();

    [Fact]
    public async Task A_knowledge_question_gets_a_grounded_answer_naming_its_source()
    {
        await using var app = new CobBotAppFactory(new()
        {
            ["GEMINI_API_KEY"] = "test-key",
            ["Gemini:Endpoint"] = _gemini.Endpoint.ToString(),
        });
        var client = app.CreateClient();

        var body = await client.ChatAsync("Can I get a refund? I'm ada@example.com");
        var health = await client.GetFromJsonAsync<JsonObject>("/api/health");

        Assert.Equal("kb_query", (string?)body["intent"]);
        Assert.Contains($"{Grounded}\n\nSource: **Refund Policy**", (string?)body["response"]);
        Assert.Equal(2, _gemini.Requests.Count);
        Assert.All(_gemini.Requests, r => Assert.DoesNotContain("ada@example.com", r.Body));
        Assert.Contains("full refund within 30 days", _gemini.Requests.Last().Body);
        Assert.Equal("gemini", (string?)health!["recognizer"]!["mode"]);
        Assert.Equal("closed", (string?)health["recognizer"]!["circuit"]);
    }
}
