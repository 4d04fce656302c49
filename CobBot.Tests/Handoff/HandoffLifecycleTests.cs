using System.Net;
using System.Net.Http.Json;
using CobBot.Framework.Hosting;
using CobBot.Framework.Schema;
using CobBot.Handoff;
using CobBot.Handoff.Api;
using CobBot.Handoff.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CobBot.Tests.Handoff;

public class HandoffLifecycleTests
{
    [Fact]
    public async Task Resolving_hands_back_to_the_bot_which_asks_for_a_rating_and_stores_it()
    {
        await using var host = await HandoffTestHost.StartAsync();
        await host.CustomerSaysAsync("agent please");
        using var agent = await host.SignInAsync("agent1");
        await agent.PostAsync("/api/admin/escalations/1/claim", null);

        var before = host.Connector.Calls.Count;
        Assert.Equal(HttpStatusCode.NoContent, (await agent.PostAsync("/api/admin/escalations/1/resolve", null)).StatusCode);
        var prompt = host.Connector.Calls.Skip(before).Single().Activity!;
        Assert.Equal("agent1 has closed the chat and you're back with the bot. How would you rate the help you got, from 1 (poor) to 5 (excellent)?", prompt.Text);
        Assert.Equal(["1", "2", "3", "4", "5"], prompt.SuggestedActions!.Actions.Select(a => a.Value?.ToString()));

        var thanks = await host.CustomerSaysAsync("4 stars");
        Assert.Equal("Thank you for your feedback!", Assert.Single(thanks).Text);
        await using (var db = host.CreateDbContext())
        {
            var escalation = await db.Escalations.SingleAsync();
            Assert.Equal((EscalationStatus.Resolved, 4, false), (escalation.Status, escalation.SatisfactionRating, escalation.AwaitingRating));
            Assert.Equal(host.Time.GetUtcNow(), escalation.RatedAt);
        }

        Assert.Equal(HandoffTestBot.Echo("what are your hours"), Assert.Single(await host.CustomerSaysAsync("what are your hours")).Text);
        Assert.Empty(await agent.GetFromJsonAsync<List<EscalationView>>("/api/admin/escalations") ?? []);
    }

    [Fact]
    public async Task A_reply_that_is_not_a_rating_goes_to_the_bot_and_ends_the_wait()
    {
        await using var host = await HandoffTestHost.StartAsync();
        await host.CustomerSaysAsync("agent please");
        using var agent = await host.SignInAsync("agent1");
        await agent.PostAsync("/api/admin/escalations/1/claim", null);
        await agent.PostAsync("/api/admin/escalations/1/resolve", null);

        Assert.Equal(HandoffTestBot.Echo("how do I upload a card"), Assert.Single(await host.CustomerSaysAsync("how do I upload a card")).Text);
        Assert.Equal(HandoffTestBot.Echo("5"), Assert.Single(await host.CustomerSaysAsync("5")).Text);
        await using var db = host.CreateDbContext();
        Assert.Null((await db.Escalations.SingleAsync()).SatisfactionRating);
    }

    [Fact]
    public async Task Cancel_leaves_the_queue_and_the_bot_resumes()
    {
        await using var host = await HandoffTestHost.StartAsync();
        await host.CustomerSaysAsync("Can I speak to someone?");
        Assert.Empty(await host.CustomerSaysAsync("I want to cancel my appointment"));  // relayed, not a leave request

        var left = await host.CustomerSaysAsync("Back to bot");
        Assert.Equal("You've left the agent queue and you're back with the bot. How can I help?", Assert.Single(left).Text);
        Assert.Equal(HandoffTestBot.Echo("what is benefits verification"), Assert.Single(await host.CustomerSaysAsync("what is benefits verification")).Text);

        await using var db = host.CreateDbContext();
        var escalation = await db.Escalations.SingleAsync();
        Assert.Equal((EscalationStatus.Cancelled, false), (escalation.Status, escalation.AwaitingRating));
        using var agent = await host.SignInAsync("agent1");
        Assert.Equal(HttpStatusCode.Conflict, (await agent.PostAsync("/api/admin/escalations/1/claim", null)).StatusCode);
    }

    [Fact]
    public async Task Two_turns_in_a_row_not_understood_escalate()
    {
        await using var host = await HandoffTestHost.StartAsync();
        Assert.Equal(HandoffTestBot.Echo(HandoffTestBot.Gibberish), Assert.Single(await host.CustomerSaysAsync(HandoffTestBot.Gibberish)).Text);
        var replies = await host.CustomerSaysAsync(HandoffTestBot.Gibberish + "!");
        Assert.StartsWith("I'm connecting you with a live agent.", replies[0].Text);
        await using var db = host.CreateDbContext();
        Assert.Equal(CobBot.Handoff.EscalationReason.NotUnderstood, (await db.Escalations.SingleAsync()).Reason);
    }

    [Fact]
    public async Task The_queue_serves_higher_priority_first_and_tells_each_customer_their_place()
    {
        await using var host = await HandoffTestHost.StartAsync();
        Assert.Contains("You're next in the queue.", (await host.CustomerSaysAsync("agent", "conv-a"))[0].Text);
        Assert.Contains("You're number 2 in the queue.", (await host.CustomerSaysAsync("representative", "conv-b"))[0].Text);
        Assert.Contains("You're next in the queue.", (await host.CustomerSaysAsync("Our attorney will contact you about this", "conv-c"))[0].Text);

        using var agent = await host.SignInAsync("agent1");
        var queue = await agent.GetFromJsonAsync<List<EscalationView>>("/api/admin/escalations");
        Assert.Equal([(3, 1), (1, 2), (2, 3)], queue!.Select(e => (e.Id, e.QueuePosition!.Value)));
        Assert.Equal("legal or compliance matter", queue![0].Topic);
        Assert.Empty(await host.CustomerSaysAsync("agent?", "conv-a")); // while queued, everything is for the agent
    }

    [Fact]
    public async Task The_queue_summary_is_phi_redacted_while_the_agent_transcript_keeps_the_real_text()
    {
        await using var host = await HandoffTestHost.StartAsync();
        await host.CustomerSaysAsync("Hi, I'm Dana Whitfield, reach me at dana.w@gmail.com");
        await host.CustomerSaysAsync("I was charged twice, member ID XWZ889201334");

        using var agent = await host.SignInAsync("agent1");
        var escalation = Assert.Single(await agent.GetFromJsonAsync<List<EscalationView>>("/api/admin/escalations") ?? []);
        Assert.Equal("Billing dispute. Customer: \"Hi, I'm [NAME], reach me at [EMAIL]\" / \"I was charged twice, member ID [MEMBER_ID]\"", escalation.Summary);

        await agent.PostAsync($"/api/admin/escalations/{escalation.Id}/claim", null);
        var lines = await agent.GetFromJsonAsync<List<TranscriptEntryView>>($"/api/admin/conversations/{escalation.ConversationId}/transcript");
        Assert.Equal(
            ["Hi, I'm Dana Whitfield, reach me at dana.w@gmail.com", HandoffTestBot.Echo("Hi, I'm Dana Whitfield, reach me at dana.w@gmail.com"), "I was charged twice, member ID XWZ889201334"],
            lines!.Take(3).Select(l => l.Text));
        Assert.Equal([TranscriptRole.Customer, TranscriptRole.Bot, TranscriptRole.Customer], lines!.Take(3).Select(l => l.Role));
    }

    [Fact]
    public async Task Teams_gets_no_handoff_initiate_since_it_has_no_agent_hub()
    {
        await using var host = await HandoffTestHost.StartAsync();
        var replies = await host.CustomerSaysAsync("human please", channelId: Channels.Msteams);
        Assert.Single(replies);
        Assert.DoesNotContain(replies, a => a.Type == ActivityTypes.Event);
    }

    [Fact]
    public async Task Escalating_a_conversation_that_is_already_queued_repeats_its_place()
    {
        await using var host = await HandoffTestHost.StartAsync();
        await host.CustomerSaysAsync("agent please", "conv-a");
        await host.CustomerSaysAsync("agent please", "conv-b");
        var handoff = host.Services.GetRequiredService<HandoffService>();
        var reference = host.Inbound(ActivityTypes.Message, "conv-b").GetConversationReference();

        EscalationOutcome? outcome = null;
        var before = host.Connector.Calls.Count;
        await host.Services.GetRequiredService<CloudAdapter>().ContinueConversationAsync(reference,
            async (turnContext, ct) => outcome = await handoff.EscalateAsync(turnContext, EscalationRequest.CustomerAsked(), ct));

        Assert.Equal(new EscalationOutcome(2, true, 2, null), outcome);
        Assert.Equal("You're still waiting for a live agent. You're number 2 in the queue.", host.Connector.Calls.Skip(before).Single().Activity?.Text);
    }
}
