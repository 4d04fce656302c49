using System.Net;
using System.Net.Http.Json;
using CobBot.Handoff.Api;
using CobBot.Handoff.Persistence;

namespace CobBot.Tests.Handoff;

public class AgentIsolationTests
{
    [Fact]
    public async Task A_second_agent_cannot_claim_see_or_act_on_a_claimed_conversation()
    {
        await using var host = await HandoffTestHost.StartAsync();
        await host.CustomerSaysAsync("agent please", "conv-a");
        await host.CustomerSaysAsync("agent please", "conv-b");
        using var agent1 = await host.SignInAsync("agent1");
        using var agent2 = await host.SignInAsync("agent2");

        Assert.Equal(HttpStatusCode.OK, (await agent1.PostAsync("/api/admin/escalations/1/claim", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await agent1.PostAsync("/api/admin/escalations/1/claim", null)).StatusCode); // idempotent
        var conflict = await agent2.PostAsync("/api/admin/escalations/1/claim", null);
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Equal("application/problem+json", conflict.Content.Headers.ContentType?.MediaType);

        var seenBy2 = await agent2.GetFromJsonAsync<List<EscalationView>>("/api/admin/escalations");
        Assert.Equal([2], seenBy2!.Select(e => e.Id));
        var seenBy1 = await agent1.GetFromJsonAsync<List<EscalationView>>("/api/admin/escalations");
        Assert.Equal([1, 2], seenBy1!.Select(e => e.Id));

        var conversationA = seenBy1![0].ConversationId;
        Assert.Equal(HttpStatusCode.NotFound, (await agent2.GetAsync($"/api/admin/conversations/{conversationA}/transcript")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await agent2.PostAsJsonAsync("/api/admin/escalations/1/messages", new AgentMessageRequest("hi"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await agent2.PostAsync("/api/admin/escalations/1/resolve", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await agent2.PostAsJsonAsync("/api/admin/escalations/1/assign", new AssignRequest("agent2"))).StatusCode);
    }

    [Fact]
    public async Task Agents_must_claim_before_replying_or_resolving()
    {
        await using var host = await HandoffTestHost.StartAsync();
        await host.CustomerSaysAsync("agent please");
        using var agent = await host.SignInAsync("agent1");

        Assert.Equal(HttpStatusCode.Conflict, (await agent.PostAsJsonAsync("/api/admin/escalations/1/messages", new AgentMessageRequest("hi"))).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await agent.PostAsync("/api/admin/escalations/1/resolve", null)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await agent.PostAsJsonAsync("/api/admin/escalations/1/messages", new AgentMessageRequest("  "))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await agent.PostAsync("/api/admin/escalations/99/claim", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await agent.GetAsync("/api/admin/conversations/not-base64!/transcript")).StatusCode);
    }

    [Fact]
    public async Task An_admin_sees_everything_and_reassigns_which_moves_the_conversation_between_agents()
    {
        await using var host = await HandoffTestHost.StartAsync();
        await host.CustomerSaysAsync("agent please");
        using var agent1 = await host.SignInAsync("agent1");
        using var agent2 = await host.SignInAsync("agent2");
        using var admin = await host.SignInAsync("admin");
        await agent1.PostAsync("/api/admin/escalations/1/claim", null);

        Assert.Equal("agent1", Assert.Single(await admin.GetFromJsonAsync<List<EscalationView>>("/api/admin/escalations") ?? []).AssignedAgent);
        var before = host.Connector.Calls.Count;
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsJsonAsync("/api/admin/escalations/1/assign", new AssignRequest("agent2"))).StatusCode);
        Assert.Equal("agent2 from COB support has joined the conversation.", host.Connector.Calls.Skip(before).Single().Activity?.Text);

        Assert.Empty(await agent1.GetFromJsonAsync<List<EscalationView>>("/api/admin/escalations") ?? []);
        Assert.Equal(HttpStatusCode.NotFound, (await agent1.PostAsJsonAsync("/api/admin/escalations/1/messages", new AgentMessageRequest("still me?"))).StatusCode);
        var mine = Assert.Single(await agent2.GetFromJsonAsync<List<EscalationView>>("/api/admin/escalations") ?? []);
        Assert.Equal((EscalationStatus.Assigned, "agent2"), (mine.Status, mine.AssignedAgent));
        Assert.Equal(HttpStatusCode.NoContent, (await agent2.PostAsJsonAsync("/api/admin/escalations/1/messages", new AgentMessageRequest("Hi, I'm taking over."))).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync("/api/admin/escalations/1/resolve", null)).StatusCode);
    }

    [Fact]
    public async Task The_api_requires_an_agent_or_admin_token()
    {
        await using var host = await HandoffTestHost.StartAsync();
        using var anonymous = host.CreateClient();
        using var auditor = await host.SignInAsync("auditor");

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/admin/escalations")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync("/api/admin/escalations/1/claim", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/admin/escalations/stream")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.GetAsync("/api/admin/escalations")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.PostAsync("/api/admin/escalations/stream-ticket", null)).StatusCode);
    }

    [Fact]
    public async Task Resolving_ends_the_agents_access_to_the_transcript_but_not_the_admins()
    {
        await using var host = await HandoffTestHost.StartAsync();
        await host.CustomerSaysAsync("agent please");
        using var agent = await host.SignInAsync("agent1");
        using var admin = await host.SignInAsync("admin");
        var conversationId = Assert.Single(await agent.GetFromJsonAsync<List<EscalationView>>("/api/admin/escalations") ?? []).ConversationId;
        await agent.PostAsync("/api/admin/escalations/1/claim", null);
        Assert.Equal(HttpStatusCode.OK, (await agent.GetAsync($"/api/admin/conversations/{conversationId}/transcript")).StatusCode);

        await agent.PostAsync("/api/admin/escalations/1/resolve", null);
        Assert.Equal(HttpStatusCode.NotFound, (await agent.GetAsync($"/api/admin/conversations/{conversationId}/transcript")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/admin/conversations/{conversationId}/transcript")).StatusCode);
    }
}
