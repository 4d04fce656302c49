using System.Net;
using System.Text.Json.Nodes;
using CobBot.Framework.Hosting;
using CobBot.Framework.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace CobBot.Tests.Framework.Hosting;

public sealed class InvokeAndExpectRepliesTests
{
    private static Activity CardAction(JsonNode? value, string name = "adaptiveCard/action") =>
        TestActivities.Of(ActivityTypes.Invoke, "inv-1", Channels.Msteams, a => (a.Name, a.Value) = (name, value));

    private static JsonObject Execute(string verb, string type = "Action.Execute") => new()
    {
        ["action"] = new JsonObject { ["type"] = type, ["id"] = "confirmBtn", ["verb"] = verb, ["data"] = new JsonObject { ["orderId"] = "4711" } },
        ["trigger"] = "manual",
    };

    [Fact]
    public async Task Handled_Action_Execute_is_200_with_the_card_body()
    {
        await using var host = await BotTestHost.StartAsync<CardBot>();

        var response = await host.PostAsync(CardAction(Execute("confirmOrder")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(200, body["statusCode"]!.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.card.adaptive", body["type"]!.GetValue<string>());
        Assert.Equal("Confirmed 4711", body["value"]!["body"]![0]!["text"]!.GetValue<string>());
        Assert.Empty(host.Connector.Calls);
    }

    [Theory]
    [InlineData("adaptiveCard/action", "otherVerb")]
    [InlineData("composeExtension/query", "confirmOrder")]
    public async Task Invoke_the_bot_does_not_answer_is_501(string name, string verb)
    {
        await using var host = await BotTestHost.StartAsync<CardBot>();

        var response = await host.PostAsync(CardAction(Execute(verb), name));

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    public static TheoryData<string?, string> MalformedValues => new()
    {
        { null, "BadRequest" },
        { "\"just text\"", "BadRequest" },
        { """{"trigger":"manual"}""", "BadRequest" },
        { """{"action":{"type":"Action.Submit","verb":"confirmOrder"}}""", "NotSupported" },
    };

    [Theory]
    [MemberData(nameof(MalformedValues))]
    public async Task Malformed_Action_Execute_is_400_with_an_error_body(string? valueJson, string code)
    {
        await using var host = await BotTestHost.StartAsync<CardBot>();

        var response = await host.PostAsync(CardAction(valueJson is null ? null : JsonNode.Parse(valueJson)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(400, body["statusCode"]!.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.error", body["type"]!.GetValue<string>());
        Assert.Equal(code, body["value"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task ExpectReplies_returns_the_replies_in_the_body_and_calls_no_connector()
    {
        await using var host = await BotTestHost.StartAsync<EchoBot>();
        var inbound = TestActivities.Message("hi", id: "m-7");
        inbound.DeliveryMode = DeliveryModes.ExpectReplies;

        var response = await host.PostAsync(inbound);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        Assert.Equal(["activities"], body.Select(p => p.Key));
        var reply = Assert.Single(body["activities"]!.AsArray())!.AsObject();
        Assert.Equal("message", reply["type"]!.GetValue<string>());
        Assert.Equal("echo: hi", reply["text"]!.GetValue<string>());
        Assert.Equal(TestActivities.BotId, reply["from"]!["id"]!.GetValue<string>());
        Assert.Equal(TestActivities.UserId, reply["recipient"]!["id"]!.GetValue<string>());
        Assert.Equal(TestActivities.ConversationId, reply["conversation"]!["id"]!.GetValue<string>());
        Assert.Equal("m-7", reply["replyToId"]!.GetValue<string>());
        Assert.False(reply.ContainsKey("id"));
        Assert.False(reply.ContainsKey("timestamp"));
        Assert.Empty(host.Connector.Calls);
    }

    [Fact]
    public async Task Invoke_with_expectReplies_lists_the_invokeResponse_activity()
    {
        await using var host = await BotTestHost.StartAsync<CardBot>();
        var inbound = CardAction(Execute("confirmOrder"));
        inbound.DeliveryMode = DeliveryModes.ExpectReplies;

        var response = await host.PostAsync(inbound);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var activities = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["activities"]!.AsArray();
        var invokeResponse = Assert.Single(activities)!;
        Assert.Equal("invokeResponse", invokeResponse["type"]!.GetValue<string>());
        Assert.Equal(200, invokeResponse["value"]!["status"]!.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.card.adaptive", invokeResponse["value"]!["body"]!["type"]!.GetValue<string>());
        Assert.Empty(host.Connector.Calls);
    }

    [Fact]
    public async Task Redelivered_expectReplies_activity_gets_the_same_replies_without_running_again()
    {
        await using var host = await BotTestHost.StartAsync<CounterBot>();
        var inbound = TestActivities.Message("hi", id: "m-9");
        inbound.DeliveryMode = DeliveryModes.ExpectReplies;

        var first = await host.PostAsync(inbound);
        var retried = await host.PostAsync(inbound);

        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        Assert.StartsWith("application/json", retried.Content.Headers.ContentType!.ToString());
        var firstBody = JsonNode.Parse(await first.Content.ReadAsStringAsync())!;
        var retriedBody = JsonNode.Parse(await retried.Content.ReadAsStringAsync())!;
        Assert.Equal("count 1", retriedBody["activities"]![0]!["text"]!.GetValue<string>());
        Assert.True(JsonNode.DeepEquals(firstBody, retriedBody));
        Assert.Equal(1, host.Bot<CounterBot>().Runs);
        Assert.Empty(host.Connector.Calls);
    }

    [Fact]
    public async Task Redelivered_expectReplies_activity_whose_answer_is_no_longer_kept_gets_an_empty_activities_list()
    {
        await using var host = await BotTestHost.StartAsync<CounterBot>(s => s.Configure<CloudAdapterOptions>(o => o.RecentResponseCapacity = 1));
        var first = TestActivities.Message("hi", id: "m-1");
        var second = TestActivities.Message("again", id: "m-2");
        first.DeliveryMode = second.DeliveryMode = DeliveryModes.ExpectReplies;
        await host.PostAsync(first);
        await host.PostAsync(second);

        var retried = await host.PostAsync(first);

        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        var body = JsonNode.Parse(await retried.Content.ReadAsStringAsync())!.AsObject();
        Assert.Empty(body["activities"]!.AsArray());
        Assert.Equal(2, host.Bot<CounterBot>().Runs);
    }

    [Fact]
    public async Task Redelivered_invoke_gets_the_same_invoke_response()
    {
        await using var host = await BotTestHost.StartAsync<CardBot>();

        var first = await host.PostAsync(CardAction(Execute("confirmOrder")));
        var retried = await host.PostAsync(CardAction(Execute("confirmOrder")));

        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse(await first.Content.ReadAsStringAsync()), JsonNode.Parse(await retried.Content.ReadAsStringAsync())));
    }
}
