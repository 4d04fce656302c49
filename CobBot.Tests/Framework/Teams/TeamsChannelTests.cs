using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using CobBot.Framework.Schema;
using CobBot.Tests.ChannelTests;
using CobBot.Tests.Framework.Schema;

namespace CobBot.Tests.Framework.Teams;

/// <summary>Teams payloads through <c>POST /api/messages</c>: mentions, installs, Action.Execute and Action.Submit.</summary>
public sealed class TeamsChannelTests
{
    private const string Bot = "28:8c1f4b9e-2d7a-4e3b-9f61-5a0c7d2e4b18";

    [Fact]
    public async Task A_channel_message_reaches_the_bot_without_the_mention_and_the_reply_threads()
    {
        await using var host = await ChannelTestHost.StartAsync();

        using var response = await PostAsync(host, PayloadFixtures.Read("teams-message-mention.json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("where is auth AUTH-20931?", Assert.Single(host.Bot.ReceivedTexts));
        var reply = Assert.Single(host.Connector.Calls);
        Assert.Equal("ReplyToActivityAsync", reply.Operation);
        Assert.Equal("Echo: where is auth AUTH-20931?", reply.Activity!.Text);
    }

    [Theory]
    [InlineData("personal", "a:1personal")]
    [InlineData("groupChat", "19:group@thread.v2")]
    [InlineData("channel", "19:general@thread.tacv2")]
    public async Task Installing_in_each_scope_welcomes_exactly_once(string conversationType, string conversationId)
    {
        await using var host = await ChannelTestHost.StartAsync();
        var install = Teams("installationUpdate", conversationType, conversationId);
        install["action"] = "add";
        var added = Teams("conversationUpdate", conversationType, conversationId);
        added["membersAdded"] = new JsonArray(new JsonObject { ["id"] = Bot });
        var userJoined = Teams("conversationUpdate", conversationType, conversationId);
        userJoined["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "29:someone-else" });

        foreach (var payload in new[] { install, added, userJoined }) Assert.Equal(HttpStatusCode.OK, (await PostAsync(host, payload.ToJsonString())).StatusCode);

        var welcome = Assert.Single(host.Connector.Messages);
        Assert.StartsWith(ChannelTestBot.Welcome, welcome.Text);
        Assert.Equal(conversationId, welcome.Conversation!.Id);
        Assert.Contains(host.Bot.Received, a => a.Type == ActivityTypes.InstallationUpdate);
    }

    [Fact]
    public async Task Action_execute_is_answered_with_a_refreshed_card()
    {
        await using var host = await ChannelTestHost.StartAsync();
        var invoke = Teams("invoke", "personal", "a:1personal");
        invoke["name"] = "adaptiveCard/action";
        invoke["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "confirm", ["data"] = new JsonObject { ["kind"] = "confirm", ["orderId"] = "4711" } },
            ["trigger"] = "manual",
        };

        using var response = await PostAsync(host, invoke.ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(200, (int)body["statusCode"]!);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string)body["type"]!);
        Assert.Contains("Confirmed 4711", body["value"]!.ToJsonString());
    }

    [Fact]
    public async Task Action_submit_replaces_the_card_through_update_activity()
    {
        await using var host = await ChannelTestHost.StartAsync();
        var submit = Teams("message", "personal", "a:1personal");
        submit["replyToId"] = "1749571234567";
        submit["value"] = new JsonObject { ["kind"] = "confirm", ["orderId"] = "4711", ["note"] = "asap" };

        using var response = await PostAsync(host, submit.ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var update = host.Connector.Calls[0];
        Assert.Equal("UpdateActivityAsync", update.Operation);
        Assert.Equal("1749571234567", update.ActivityId);
        Assert.Contains("Confirmed 4711", update.Activity!.Attachments![0].Content!.ToJsonString());
        Assert.Equal("Submitted asap", host.Connector.Calls[1].Activity!.Text);
    }

    private static JsonObject Teams(string type, string conversationType, string conversationId) => new()
    {
        ["type"] = type,
        ["id"] = Guid.NewGuid().ToString("N"),
        ["channelId"] = "msteams",
        ["serviceUrl"] = "https://smba.trafficmanager.net/amer/",
        ["from"] = new JsonObject { ["id"] = "29:user", ["aadObjectId"] = "6f2d8c41-9b3e-4a7d-8e15-2c0f9a6b3d71" },
        ["recipient"] = new JsonObject { ["id"] = Bot, ["name"] = "COB Care" },
        ["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = conversationType, ["tenantId"] = "t1" },
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "t1" } },
    };

    private static Task<HttpResponseMessage> PostAsync(ChannelTestHost host, string json) =>
        host.Http.PostAsync("/api/messages", new StringContent(json, Encoding.UTF8, "application/json"));
}
