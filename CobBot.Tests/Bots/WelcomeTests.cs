using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CobBot.Cards;
using CobBot.Dialogs.Main;
using CobBot.Tests.App;

namespace CobBot.Tests.Bots;

/// <summary>The welcome through <c>/api/messages</c>, the way Web Chat and the Emulator start a conversation.</summary>
public sealed class WelcomeTests
{
    private static int _nextId;

    [Fact]
    public async Task Welcomes_once_when_the_bot_and_then_the_user_are_added()
    {
        await using var app = new CobBotAppFactory();
        var client = app.CreateClient();

        var botAdded = await SendAsync(client, ConversationUpdate("bot"));
        var userAdded = await SendAsync(client, ConversationUpdate("user1"));
        var firstMessage = await SendAsync(client, Message("hello"));

        var welcome = Assert.Single(botAdded)!;
        Assert.Equal(WelcomeCard.Greeting, (string?)welcome["text"]);
        Assert.Equal(WelcomeCard.Greeting, (string?)welcome["summary"]);
        var card = welcome["attachments"]![0]!["content"]!;
        Assert.Equal("1.5", (string?)card["version"]);
        Assert.Contains(WelcomeCard.Greeting, (string)card["fallbackText"]!);
        Assert.All(card["actions"]!.AsArray(), a => Assert.Equal("Action.Submit", (string?)a!["type"]));
        Assert.Empty(userAdded);
        Assert.Equal([BotTexts.Greeting], firstMessage.Select(a => (string?)a!["text"]));
    }

    [Fact]
    public async Task Welcomes_on_first_contact_when_no_conversationUpdate_came()
    {
        await using var app = new CobBotAppFactory();
        var client = app.CreateClient();

        var first = await SendAsync(client, Message("What is your refund policy?"));
        var second = await SendAsync(client, Message("hello"));

        Assert.Equal(WelcomeCard.Greeting, (string?)first[0]!["text"]);
        Assert.Contains("Refund Policy", (string?)first[1]!["text"]);
        Assert.DoesNotContain(second, a => (string?)a!["text"] == WelcomeCard.Greeting);
    }

    [Fact]
    public async Task A_welcome_button_sends_its_utterance()
    {
        await using var app = new CobBotAppFactory();
        var client = app.CreateClient();
        await SendAsync(client, ConversationUpdate("bot"));
        var submit = Message(null);
        submit["value"] = new JsonObject { ["kind"] = WelcomeCard.SubmitKind, ["utterance"] = WelcomeCard.Actions[0].Utterance };

        var replies = await SendAsync(client, submit);

        Assert.Contains("Source:", (string?)replies[0]!["text"]);
    }

    private static async Task<JsonArray> SendAsync(HttpClient client, JsonObject activity)
    {
        var response = await client.PostAsJsonAsync("/api/messages", activity);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        return body!["activities"]!.AsArray();
    }

    private static JsonObject ConversationUpdate(string memberId) => Activity("conversationUpdate", a =>
        a["membersAdded"] = new JsonArray(new JsonObject { ["id"] = memberId }));

    private static JsonObject Message(string? text) => Activity("message", a => a["text"] = text);

    private static JsonObject Activity(string type, Action<JsonObject> fill)
    {
        var activity = new JsonObject
        {
            ["type"] = type,
            ["id"] = $"activity-{Interlocked.Increment(ref _nextId)}",
            ["channelId"] = "webchat",
            ["serviceUrl"] = "https://webchat.example.test/",
            ["from"] = new JsonObject { ["id"] = "user1", ["role"] = "user" },
            ["recipient"] = new JsonObject { ["id"] = "bot", ["role"] = "bot" },
            ["conversation"] = new JsonObject { ["id"] = "conversation-1" },
            ["deliveryMode"] = "expectReplies",
        };
        fill(activity);
        return activity;
    }
}
