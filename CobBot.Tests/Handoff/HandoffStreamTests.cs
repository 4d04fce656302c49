using System.Net;
using System.Net.Http.Json;
using CobBot.Handoff;
using CobBot.Handoff.Api;

namespace CobBot.Tests.Handoff;

public class HandoffStreamTests
{
    private static async Task<SseReader> OpenAsync(HttpClient client, string path = "/api/admin/escalations/stream")
    {
        var response = await client.GetAsync(path, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        var reader = new SseReader(response);
        Assert.Equal("ready", (await reader.NextAsync()).Event);
        return reader;
    }

    [Fact]
    public async Task The_live_feed_announces_queue_changes_and_messages_with_ids_only()
    {
        await using var host = await HandoffTestHost.StartAsync();
        using var agent = await host.SignInAsync("agent1");
        using var feed = await OpenAsync(agent);

        await host.CustomerSaysAsync("agent please, my email is dana.w@gmail.com");
        Assert.Equal(("queue", """{"kind":"queue","escalationId":1}"""), await feed.NextAsync());
        await agent.PostAsync("/api/admin/escalations/1/claim", null);
        Assert.Equal(("queue", """{"kind":"queue","escalationId":1}"""), await feed.NextAsync());
        await host.CustomerSaysAsync("are you there?");
        Assert.Equal(("message", """{"kind":"message","escalationId":1}"""), await feed.NextAsync());
    }

    [Fact]
    public async Task A_quiet_feed_sends_a_keepalive_after_the_interval_and_events_still_follow()
    {
        await using var host = await HandoffTestHost.StartAsync();
        using var agent = await host.SignInAsync("agent1");
        using var feed = await OpenAsync(agent);

        // The feed may not be waiting yet when "ready" arrives: let quiet intervals pass until it speaks.
        var next = feed.NextAsync();
        while (!next.IsCompleted)
        {
            host.Time.Advance(new HandoffOptions().StreamKeepAliveInterval);
            await Task.WhenAny(next, Task.Delay(50));
        }
        Assert.Equal(("keepalive", """{"kind":"keepalive","escalationId":0}"""), await next);
        await host.CustomerSaysAsync("agent please");
        var after = await feed.NextAsync();
        while (after.Event == "keepalive") after = await feed.NextAsync(); // one per interval the loop above let pass
        Assert.Equal(("queue", """{"kind":"queue","escalationId":1}"""), after);
    }

    [Fact]
    public async Task Another_agents_conversation_messages_are_not_sent_to_an_agent()
    {
        await using var host = await HandoffTestHost.StartAsync();
        using var agent1 = await host.SignInAsync("agent1");
        using var agent2 = await host.SignInAsync("agent2");
        await host.CustomerSaysAsync("agent please", "conv-a");
        await agent1.PostAsync("/api/admin/escalations/1/claim", null);
        using var feed = await OpenAsync(agent2);

        await host.CustomerSaysAsync("this is for agent1 only", "conv-a");   // message on #1: not for agent2
        await host.CustomerSaysAsync("agent please", "conv-b");              // queue change on #2: for everyone
        Assert.Equal(("queue", """{"kind":"queue","escalationId":2}"""), await feed.NextAsync());
    }

    [Fact]
    public async Task EventSource_clients_open_the_feed_with_a_single_use_short_lived_ticket()
    {
        await using var host = await HandoffTestHost.StartAsync();
        using var agent = await host.SignInAsync("agent1");
        using var anonymous = host.CreateClient();

        var ticket = (await (await agent.PostAsync("/api/admin/escalations/stream-ticket", null)).Content.ReadFromJsonAsync<StreamTicketResponse>())!;
        Assert.Equal(30, ticket.ExpiresIn);
        using (var feed = await OpenAsync(anonymous, $"/api/admin/escalations/stream?ticket={ticket.Ticket}"))
        {
            await host.CustomerSaysAsync("agent please");
            Assert.Equal("queue", (await feed.NextAsync()).Event);
        }
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/admin/escalations/stream?ticket={ticket.Ticket}")).StatusCode);

        var expiring = (await (await agent.PostAsync("/api/admin/escalations/stream-ticket", null)).Content.ReadFromJsonAsync<StreamTicketResponse>())!;
        host.Time.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/admin/escalations/stream?ticket={expiring.Ticket}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/admin/escalations/stream?ticket=made-up")).StatusCode);
    }

    [Fact]
    public async Task A_ticket_does_not_open_the_rest_of_the_api()
    {
        await using var host = await HandoffTestHost.StartAsync();
        using var agent = await host.SignInAsync("agent1");
        using var anonymous = host.CreateClient();
        var ticket = (await (await agent.PostAsync("/api/admin/escalations/stream-ticket", null)).Content.ReadFromJsonAsync<StreamTicketResponse>())!;
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/admin/escalations?ticket={ticket.Ticket}")).StatusCode);
    }

    [Fact]
    public async Task Stopping_the_app_ends_open_feeds_instead_of_holding_up_shutdown()
    {
        await using var host = await HandoffTestHost.StartAsync();
        using var agent = await host.SignInAsync("agent1");
        using var feed = await OpenAsync(agent);

        var stopping = host.StopAsync();
        var ended = await Assert.ThrowsAsync<InvalidOperationException>(feed.NextAsync);
        Assert.Equal("The event stream ended.", ended.Message);
        await stopping;
    }
}
