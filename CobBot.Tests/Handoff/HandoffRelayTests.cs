using System.Net;
using System.Net.Http.Json;
using CobBot.Framework.Schema;
using CobBot.Handoff.Api;
using CobBot.Handoff.Persistence;

namespace CobBot.Tests.Handoff;

public class HandoffRelayTests
{
    [Fact]
    public async Task Customer_agent_customer_relay_through_the_http_host()
    {
        await using var host = await HandoffTestHost.StartAsync("2026-11-23 17:00");

        // The customer asks for a person: queued, told their place, handoff.initiate with the transcript.
        var replies = await host.CustomerSaysAsync("I'd like to talk to a human please");
        Assert.Equal("I'm connecting you with a live agent. You're next in the queue. Type \"cancel\" at any time to go back to the bot.", replies[0].Text);
        var initiate = Assert.Single(replies, a => a.Type == ActivityTypes.Event);
        Assert.Equal("handoff.initiate", initiate.Name);
        Assert.Equal("conv-1", initiate.Conversation?.Id);
        Assert.Equal("conv-1", initiate.RelatesTo?.Conversation?.Id);
        Assert.Equal("CustomerRequest", initiate.Value?["reason"]?.GetValue<string>());
        Assert.Equal("general", initiate.Value?["skill"]?.GetValue<string>());
        var transcript = Assert.Single(initiate.Attachments!);
        Assert.Equal(("application/json", "Transcript"), (transcript.ContentType, transcript.Name));
        Assert.Equal("I'd like to talk to a human please", transcript.Content?["activities"]?[0]?["text"]?.GetValue<string>());

        // An agent claims it; the customer is told.
        using var agent = await host.SignInAsync("agent1");
        var queue = await agent.GetFromJsonAsync<List<EscalationView>>("/api/admin/escalations");
        var escalation = Assert.Single(queue!);
        Assert.Equal((EscalationStatus.Queued, 1), (escalation.Status, escalation.QueuePosition));
        var before = host.Connector.Calls.Count;
        Assert.Equal(HttpStatusCode.OK, (await agent.PostAsync($"/api/admin/escalations/{escalation.Id}/claim", null)).StatusCode);
        Assert.Equal("agent1 from COB support has joined the conversation.", host.Connector.Calls.Skip(before).Single().Activity?.Text);

        // The customer writes: the bot stays silent, the agent reads it in the transcript.
        Assert.Empty(await host.CustomerSaysAsync("My March invoice looks wrong"));
        var lines = await agent.GetFromJsonAsync<List<TranscriptEntryView>>($"/api/admin/conversations/{escalation.ConversationId}/transcript");
        Assert.Equal("My March invoice looks wrong", lines![^1].Text);
        Assert.Equal(TranscriptRole.Customer, lines[^1].Role);

        // The agent answers: it reaches the customer proactively on the original conversation.
        before = host.Connector.Calls.Count;
        var sent = await agent.PostAsJsonAsync($"/api/admin/escalations/{escalation.Id}/messages", new AgentMessageRequest("Let me check that invoice for you."));
        Assert.Equal(HttpStatusCode.NoContent, sent.StatusCode);
        var proactive = host.Connector.Calls.Skip(before).Single().Activity!;
        Assert.Equal("Let me check that invoice for you.", proactive.Text);
        Assert.Equal(("conv-1", HandoffTestHost.ServiceUrl, "user-1", "bot-1"),
            (proactive.Conversation?.Id, proactive.ServiceUrl, proactive.Recipient?.Id, proactive.From?.Id));

        // Both sides are in the transcript.
        lines = await agent.GetFromJsonAsync<List<TranscriptEntryView>>($"/api/admin/conversations/{escalation.ConversationId}/transcript");
        Assert.Equal((TranscriptRole.Agent, "agent1", "Let me check that invoice for you."), (lines![^1].Role, lines[^1].AgentName, lines[^1].Text));
    }
}
