using System.Net;
using System.Net.Http.Headers;
using System.Text;
using CobBot.Framework.Connector;
using CobBot.Framework.DirectLine;
using CobBot.Framework.Schema;
using CobBot.Tests.ChannelTests;
using Microsoft.Extensions.DependencyInjection;

namespace CobBot.Tests.Framework.DirectLine;

/// <summary>The Connector face: in-process delivery, the HTTP Connector API, uploads, and a log that survives a restart.</summary>
public sealed class DirectLineConnectorTests
{
    [Fact]
    public async Task Connector_over_http_sends_updates_and_deletes_with_the_secret()
    {
        await using var host = await ChannelTestHost.StartAsync();
        var client = new DirectLineClient(host.Http);
        var (conversationId, token, _) = await client.StartAsync();
        var path = $"/v3/directline/connector/v3/conversations/{conversationId}/activities";

        using var anonymous = await host.Http.PostAsync(path, Json(new Activity { Type = "message", Text = "x" }));
        Assert.Equal(HttpStatusCode.Created, anonymous.StatusCode); // bot authentication is off in this host
        var sent = await SendAsync(host, HttpMethod.Post, path, new Activity { Type = "message", Text = "proactive" });
        var id = (string)System.Text.Json.Nodes.JsonNode.Parse(sent)!["id"]!;
        await SendAsync(host, HttpMethod.Put, $"{path}/{Uri.EscapeDataString(id)}", new Activity { Type = "message", Text = "updated" });

        var log = await client.ActivitiesAsync(conversationId, token);
        Assert.Equal("updated", (string)log[^1]!["text"]!);
        Assert.Equal(id, (string)log[^1]!["id"]!);
        Assert.DoesNotContain(log, a => (string?)a!["text"] == "proactive");

        await SendAsync(host, HttpMethod.Delete, $"{path}/{Uri.EscapeDataString(id)}", null);
        Assert.DoesNotContain(await client.ActivitiesAsync(conversationId, token), a => (string?)a!["id"] == id);
        using var missing = await host.Http.DeleteAsync($"{path}/{Uri.EscapeDataString(id)}");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task The_in_process_client_routes_only_this_servers_conversations_and_reports_unknown_activities_as_404()
    {
        await using var host = await ChannelTestHost.StartAsync();
        var (conversationId, _, start) = await new DirectLineClient(host.Http).StartAsync();
        var connector = host.Services.GetRequiredService<IConnectorClient>();
        var serviceUrl = host.Bot.Received[0].ServiceUrl!;

        var local = await connector.SendToConversationAsync(new Activity { Type = "message", Text = "hi", ServiceUrl = serviceUrl, Conversation = new(conversationId) });
        var remote = await connector.SendToConversationAsync(new Activity { Type = "message", Text = "hi", ServiceUrl = "https://smba.trafficmanager.net/amer/", Conversation = new("a:1") });
        var error = await Assert.ThrowsAsync<ConnectorException>(() => connector.UpdateActivityAsync(
            new Activity { Id = "nope", Type = "message", ServiceUrl = serviceUrl, Conversation = new(conversationId) }));

        Assert.StartsWith(conversationId + "|", local.Id);
        Assert.Equal("sent-1", remote.Id);
        Assert.Single(host.Connector.Calls);
        Assert.Equal(404, error.StatusCode);
        Assert.IsType<DirectLineConnectorClient>(connector);
        Assert.NotNull(start);
    }

    [Fact]
    public async Task A_multipart_upload_reaches_the_bot_as_one_message_with_attachments_served_back()
    {
        await using var host = await ChannelTestHost.StartAsync();
        var client = new DirectLineClient(host.Http);
        var (conversationId, token, _) = await client.StartAsync();
        using var form = new MultipartFormDataContent();
        var activityPart = new StringContent("""{"type":"message","text":"my card","channelData":{"clientActivityID":"u-1"}}""", Encoding.UTF8);
        activityPart.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.microsoft.activity");
        form.Add(activityPart, "activity", "blob");
        form.Add(new ByteArrayContent([1, 2, 3]) { Headers = { ContentType = new MediaTypeHeaderValue("image/png") } }, "file", "front.png");
        form.Add(new ByteArrayContent([4, 5]) { Headers = { ContentType = new MediaTypeHeaderValue("image/png") } }, "file", "back.png");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/upload?userId=dl_test-user") { Content = form };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

        using var response = await host.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var message = host.Bot.Received.Single(a => a.Text == "my card");
        Assert.Equal(["front.png", "back.png"], message.Attachments!.Select(a => a.Name!));
        Assert.Equal([1, 2, 3], await host.Http.GetByteArrayAsync(message.Attachments![0].ContentUrl));
        Assert.Contains("Received 2 file(s)", (string)(await client.ActivitiesAsync(conversationId, token))[^1]!["text"]!);
    }

    [Fact]
    public async Task The_log_survives_a_restart_so_a_reloaded_page_resumes_without_a_second_welcome()
    {
        var database = ChannelTestHost.NewDatabaseFile();
        try
        {
            string conversationId, token;
            await using (var first = await ChannelTestHost.StartAsync(databaseFile: database))
            {
                var client = new DirectLineClient(first.Http);
                (conversationId, token, _) = await client.StartAsync();
                await client.JsonAsync(HttpMethod.Post, $"/conversations/{conversationId}/activities", token, """{"type":"message","text":"before restart"}""");
            }
            await using var second = await ChannelTestHost.StartAsync(databaseFile: database);
            var again = new DirectLineClient(second.Http);

            using var restart = await again.SendAsync(HttpMethod.Post, "/conversations", token);
            var history = await again.ActivitiesAsync(conversationId, token);

            Assert.Equal(HttpStatusCode.OK, restart.StatusCode);
            Assert.Equal(3, history.Count);
            Assert.Equal("Echo: before restart", (string)history[2]!["text"]!);
            Assert.Empty(second.Bot.Received);
        }
        finally
        {
            ChannelTestHost.DeleteDatabase(database);
        }
    }

    private static StringContent Json(Activity activity) => new(BotJson.Serialize(activity), Encoding.UTF8, "application/json");

    private static async Task<string> SendAsync(ChannelTestHost host, HttpMethod method, string path, Activity? activity)
    {
        using var request = new HttpRequestMessage(method, path) { Content = activity is null ? null : Json(activity) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ChannelTestHost.Secret);
        using var response = await host.Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{method} {path} -> {(int)response.StatusCode} {text}");
        return text;
    }
}
