using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CobBot.Framework.Schema;
using CobBot.Handoff.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CobBot.Tests.Handoff;

public class HandoffStatusTests
{
    private static Activity Status(HandoffTestHost host, string state)
    {
        var activity = host.Inbound(ActivityTypes.Event);
        activity.Name = "handoff.status";
        activity.Value = new JsonObject { ["state"] = state };
        return activity;
    }

    [Fact]
    public async Task Accepted_gives_the_conversation_to_the_hub_and_completed_resolves_it_and_asks_for_a_rating()
    {
        await using var host = await HandoffTestHost.StartAsync();
        await host.CustomerSaysAsync("agent please");

        Assert.Empty(await host.PostAsync(Status(host, "accepted")));
        await using (var db = host.CreateDbContext())
        {
            var claimed = await db.Escalations.SingleAsync();
            Assert.Equal((EscalationStatus.Assigned, Escalation.HubAgent), (claimed.Status, claimed.AssignedAgent));
        }
        using var agent = await host.SignInAsync("agent1");
        Assert.Equal(HttpStatusCode.Conflict, (await agent.PostAsync("/api/admin/escalations/1/claim", null)).StatusCode);
        Assert.Empty(await host.CustomerSaysAsync("hello? is anyone there"));

        var rating = Assert.Single(await host.PostAsync(Status(host, "completed")));
        Assert.Contains("How would you rate the help you got", rating.Text, StringComparison.Ordinal);
        Assert.Equal("Thank you for your feedback!", Assert.Single(await host.CustomerSaysAsync("five")).Text);
        await using (var db = host.CreateDbContext())
        {
            var rated = await db.Escalations.SingleAsync();
            Assert.Equal((EscalationStatus.Resolved, 5), (rated.Status, rated.SatisfactionRating));
        }
    }

    [Fact]
    public async Task Failed_cancels_the_escalation_and_the_bot_takes_over_again()
    {
        await using var host = await HandoffTestHost.StartAsync();
        await host.CustomerSaysAsync("agent please");

        var sorry = Assert.Single(await host.PostAsync(Status(host, "failed")));
        Assert.Equal("Sorry, I couldn't reach a live agent. I'm back to help, and for critical issues you can call (929) 229-7209 (24/7).", sorry.Text);
        Assert.Equal(HandoffTestBot.Echo("ok"), Assert.Single(await host.CustomerSaysAsync("ok")).Text);
        await using var db = host.CreateDbContext();
        Assert.Equal(EscalationStatus.Cancelled, (await db.Escalations.SingleAsync()).Status);
    }

    [Theory]
    [InlineData("completed")] // nothing to complete
    [InlineData("paused")]    // a state the protocol does not define
    public async Task Status_events_that_match_nothing_are_accepted_and_change_nothing(string state)
    {
        await using var host = await HandoffTestHost.StartAsync();
        using var client = host.CreateClient();
        var response = await client.PostAsync("/api/messages", JsonContent.Create(JsonNode.Parse(BotJson.Serialize(Status(host, state)))));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(host.Connector.Calls);
    }
}
