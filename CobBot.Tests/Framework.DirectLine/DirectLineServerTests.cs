using System.Net;
using System.Text.Json.Nodes;
using CobBot.Framework.Schema;
using CobBot.Tests.ChannelTests;

namespace CobBot.Tests.Framework.DirectLine;

/// <summary>The Direct Line 3.0 client API (conversations, activities, auth, errors).</summary>
public sealed class DirectLineServerTests
{
    [Fact]
    public async Task Start_tells_the_bot_once_about_bot_and_user_and_a_second_start_answers_200()
    {
        await using var host = await ChannelTestHost.StartAsync();
        var client = new DirectLineClient(host.Http);
        var generated = await client.JsonAsync(HttpMethod.Post, "/tokens/generate", ChannelTestHost.Secret, new { user = new { id = "dl_alice" } });
        Assert.True((int)generated["expires_in"]! >= 1800);

        using var first = await client.SendAsync(HttpMethod.Post, "/conversations", (string)generated["token"]!);
        using var second = await client.SendAsync(HttpMethod.Post, "/conversations", (string)generated["token"]!);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var start = JsonNode.Parse(await first.Content.ReadAsStringAsync())!;
        Assert.Equal((string)generated["conversationId"]!, (string)start["conversationId"]!);
        Assert.StartsWith("ws://", (string)start["streamUrl"]!);
        Assert.Contains("?t=", (string)start["streamUrl"]!);
        var update = Assert.Single(host.Bot.Received, a => a.Type == ActivityTypes.ConversationUpdate);
        Assert.Equal(["cobbot", "dl_alice"], update.MembersAdded!.Select(m => m.Id!));
        Assert.Equal(Channels.Directline, update.ChannelId);
        Assert.EndsWith("/v3/directline/connector/", update.ServiceUrl);
        var welcome = Assert.Single(await client.ActivitiesAsync((string)start["conversationId"]!, (string)start["token"]!));
        Assert.StartsWith(ChannelTestBot.Welcome, (string)welcome!["text"]!);
    }

    [Fact]
    public async Task A_posted_activity_is_echoed_with_its_id_and_clientActivityID_and_reaches_the_bot_as_directline()
    {
        await using var host = await ChannelTestHost.StartAsync();
        var client = new DirectLineClient(host.Http);
        var (conversationId, token, _) = await client.StartAsync("dl_bob");

        var posted = await client.JsonAsync(HttpMethod.Post, $"/conversations/{conversationId}/activities", token,
            """{"type":"message","channelId":"webchat","from":{"id":"someone-else"},"text":"hi","locale":"en-US","channelData":{"clientActivityID":"c-1","extra":1},"futureField":{"x":1}}""");

        var activities = await client.ActivitiesAsync(conversationId, token, watermark: 1);
        var echo = activities[0]!;
        Assert.Equal((string)posted["id"]!, (string)echo["id"]!);
        Assert.StartsWith(conversationId + "|", (string)echo["id"]!);
        Assert.Equal("c-1", (string)echo["channelData"]!["clientActivityID"]!);
        Assert.Equal(1, (int)echo["channelData"]!["extra"]!);
        Assert.Equal(1, (int)echo["futureField"]!["x"]!);
        Assert.Equal("dl_bob", (string)echo["from"]!["id"]!);
        Assert.NotNull(echo["timestamp"]);
        Assert.Equal("Echo: hi", (string)activities[1]!["text"]!);
        var seen = host.Bot.Received.Single(a => a.Text == "hi");
        Assert.Equal(Channels.Directline, seen.ChannelId);
        Assert.Equal("dl_bob", seen.From!.Id);
        Assert.Equal("cobbot", seen.Recipient!.Id);
        // Paging: polling with the last watermark returns nothing new.
        Assert.Empty(await client.ActivitiesAsync(conversationId, token, watermark: 3));
    }

    [Fact]
    public async Task Credentials_are_checked_with_direct_line_error_bodies()
    {
        await using var host = await ChannelTestHost.StartAsync();
        var client = new DirectLineClient(host.Http);
        var (conversationId, token, _) = await client.StartAsync();
        var (otherConversation, otherToken, _) = await client.StartAsync("dl_other");

        Assert.Equal((401, "Unauthorized"), await DirectLineClient.ErrorOf(await client.SendAsync(HttpMethod.Get, $"/conversations/{conversationId}/activities", null)));
        Assert.Equal((403, "BadToken"), await DirectLineClient.ErrorOf(await client.SendAsync(HttpMethod.Get, $"/conversations/{conversationId}/activities", "forged")));
        Assert.Equal(403, (await DirectLineClient.ErrorOf(await client.SendAsync(HttpMethod.Get, $"/conversations/{conversationId}/activities", otherToken))).Status);
        Assert.Equal((404, "NotFound"), await DirectLineClient.ErrorOf(await client.SendAsync(HttpMethod.Get, "/conversations/nope/activities", ChannelTestHost.Secret)));
        Assert.Equal((404, "NotFound"), await DirectLineClient.ErrorOf(await client.SendAsync(HttpMethod.Get, "/conversations/nope?watermark=0", ChannelTestHost.Secret)));
        Assert.Equal(403, (await DirectLineClient.ErrorOf(await client.SendAsync(HttpMethod.Post, "/tokens/generate", token))).Status);
        Assert.Equal(403, (await DirectLineClient.ErrorOf(await client.SendAsync(HttpMethod.Post, "/tokens/refresh", ChannelTestHost.Secret))).Status);
        // The secret may use any conversation.
        Assert.NotEmpty(await client.ActivitiesAsync(otherConversation, ChannelTestHost.Secret));
    }

    [Fact]
    public async Task Tokens_expire_with_403_TokenExpired_and_refresh_keeps_the_conversation()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = await ChannelTestHost.StartAsync(time);
        var client = new DirectLineClient(host.Http);
        var (conversationId, token, _) = await client.StartAsync();

        time.Advance(TimeSpan.FromMinutes(20));
        var refreshed = await client.JsonAsync(HttpMethod.Post, "/tokens/refresh", token);
        time.Advance(TimeSpan.FromMinutes(15));

        Assert.Equal(conversationId, (string)refreshed["conversationId"]!);
        Assert.Equal((403, "TokenExpired"), await DirectLineClient.ErrorOf(await client.SendAsync(HttpMethod.Get, $"/conversations/{conversationId}/activities", token)));
        Assert.Equal((403, "TokenExpired"), await DirectLineClient.ErrorOf(await client.SendAsync(HttpMethod.Post, "/tokens/refresh", token)));
        Assert.NotEmpty(await client.ActivitiesAsync(conversationId, (string)refreshed["token"]!));
    }

    [Fact]
    public async Task An_activity_over_the_size_limit_gets_413_and_a_body_without_type_400()
    {
        await using var host = await ChannelTestHost.StartAsync(settings: new Dictionary<string, string?> { ["DirectLine:MaxActivityLength"] = "1000" });
        var client = new DirectLineClient(host.Http);
        var (conversationId, token, _) = await client.StartAsync();

        var big = new Activity { Type = ActivityTypes.Message, Text = new string('x', 2000) };
        Assert.Equal((413, "MessageSizeTooBig"), await DirectLineClient.ErrorOf(await client.SendAsync(HttpMethod.Post, $"/conversations/{conversationId}/activities", token, big)));
        Assert.Equal((400, "BadArgument"), await DirectLineClient.ErrorOf(await client.SendAsync(HttpMethod.Post, $"/conversations/{conversationId}/activities", token, """{"text":"no type"}""")));
    }

    [Fact]
    public async Task Cors_preflight_allows_the_direct_line_js_headers()
    {
        await using var host = await ChannelTestHost.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Options, "/v3/directline/conversations");
        request.Headers.Add("Origin", "https://www.cob.example");
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type,x-ms-bot-agent");

        using var response = await host.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        var allowed = string.Join(",", response.Headers.GetValues("Access-Control-Allow-Headers")).ToLowerInvariant();
        foreach (var header in new[] { "authorization", "content-type", "x-ms-bot-agent" }) Assert.Contains(header, allowed);
    }

    [Fact]
    public async Task A_production_start_without_a_secret_fails()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => ChannelTestHost.StartAsync(environment: "Production",
            settings: new Dictionary<string, string?> { ["DirectLine:Secret"] = "" }));
        Assert.Contains("DirectLine:Secret", error.Message);
    }
}
