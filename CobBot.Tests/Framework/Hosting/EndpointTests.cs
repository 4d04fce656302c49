using System.Net;
using CobBot.Framework.Schema;

namespace CobBot.Tests.Framework.Hosting;

public sealed class EndpointTests
{
    [Fact]
    public async Task Message_is_answered_200_with_an_empty_body_and_a_reply_through_the_connector()
    {
        await using var host = await BotTestHost.StartAsync<EchoBot>();

        var response = await host.PostAsync(TestActivities.Message("hello", id: "m-1"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        var call = Assert.Single(host.Connector.Calls);
        Assert.Equal("ReplyToActivityAsync", call.Operation);
        var reply = call.Activity!;
        Assert.Equal("echo: hello", reply.Text);
        Assert.Equal("m-1", reply.ReplyToId);
        Assert.Equal(TestActivities.BotId, reply.From?.Id);
        Assert.Equal(TestActivities.UserId, reply.Recipient?.Id);
        Assert.Equal(TestActivities.ConversationId, reply.Conversation?.Id);
        Assert.Null(reply.Id);
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("null")]
    [InlineData("""{"id":"1","channelId":"test","conversation":{"id":"c"}}""")]
    [InlineData("""{"type":"","id":"1","channelId":"test","conversation":{"id":"c"}}""")]
    [InlineData("""{"type":"message","id":"1","channelId":"test"}""")]
    public async Task Malformed_or_incomplete_activity_is_400_problem_details_and_runs_no_turn(string body)
    {
        await using var host = await BotTestHost.StartAsync<EchoBot>();

        var response = await host.PostJsonAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(host.Bot<EchoBot>().Seen);
        Assert.Equal(0, host.Authenticator.Calls);
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public async Task Other_verbs_are_405(string method)
    {
        await using var host = await BotTestHost.StartAsync<EchoBot>();

        var response = await host.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/api/messages"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task Head_probe_is_200_without_a_turn()
    {
        await using var host = await BotTestHost.StartAsync<EchoBot>();

        var response = await host.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/api/messages"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(host.Bot<EchoBot>().Seen);
    }

    [Theory]
    [InlineData(401)]
    [InlineData(403)]
    public async Task Failed_authentication_answers_its_status_and_runs_no_turn(int status)
    {
        await using var host = await BotTestHost.StartAsync<EchoBot>();
        host.Authenticator.RejectWith = status;

        var response = await host.PostAsync(TestActivities.Message("hello"));

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Empty(host.Bot<EchoBot>().Seen);
        Assert.Empty(host.Connector.Calls);
    }

    [Fact]
    public async Task CallerId_from_the_wire_is_replaced_by_the_authenticated_caller()
    {
        await using var host = await BotTestHost.StartAsync<EchoBot>();

        var activity = TestActivities.Message("hello");
        activity.CallerId = "urn:botframework:aadappid:evil";

        await host.PostAsync(activity);

        Assert.Equal(CallerIdConstants.PublicAzureChannel, Assert.Single(host.Bot<EchoBot>().Seen).CallerId);
    }

    [Fact]
    public async Task Unknown_activity_type_is_200_without_a_reply()
    {
        await using var host = await BotTestHost.StartAsync<EchoBot>();

        var response = await host.PostAsync(TestActivities.Of("futureThing"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        Assert.Single(host.Bot<EchoBot>().Seen);
        Assert.Empty(host.Connector.Calls);
    }
}
