using System.Net.Http.Json;
using CobBot.Framework.Schema;
using CobBot.Handoff.Api;
using CobBot.Handoff.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CobBot.Tests.Handoff;

public class AfterHoursTests
{
    private const string Offer = "Would you like one of our agents to call you back, or to book a Support Session?";

    [Fact]
    public async Task Outside_support_hours_the_customer_learns_when_agents_are_back_and_can_request_a_callback()
    {
        await using var host = await HandoffTestHost.StartAsync("2026-11-23 00:30"); // Monday 12:30 AM: closed
        var replies = await host.CustomerSaysAsync("I need to talk to a human");
        Assert.Equal(
            "Our live agents are offline right now; they're back Monday, November 23 at 4:00 PM ET. For critical issues, call (929) 229-7209 (24/7).",
            replies[0].Text);
        Assert.StartsWith(Offer, replies[1].Text);
        Assert.DoesNotContain(replies, a => a.Type == ActivityTypes.Event);

        Assert.Equal("What phone number should we call?", Assert.Single(await host.CustomerSaysAsync("Request a callback")).Text);
        Assert.StartsWith("That doesn't look like a phone number.", Assert.Single(await host.CustomerSaysAsync("soon please")).Text);
        Assert.Equal("When is the best time to call you?", Assert.Single(await host.CustomerSaysAsync("call me at (212) 555-0147")).Text);
        var done = Assert.Single(await host.CustomerSaysAsync("today at 5pm")).Text!;
        Assert.Matches(@"^Done\. Your callback ticket is CB-[A-Z2-9]{6}; an agent will call you back \(today at 5pm\)\.$", done);

        await using var db = host.CreateDbContext();
        var escalation = await db.Escalations.Include(e => e.Callback).SingleAsync();
        Assert.Equal(EscalationStatus.AfterHours, escalation.Status);
        var callback = escalation.Callback!;
        Assert.Equal(("+12125550147", "today at 5pm"), (callback.PhoneE164, callback.PreferredTime));
        Assert.Equal(Eastern.At("2026-11-23 17:00"), callback.PreferredAt);
        Assert.Contains(callback.TicketNumber, done, StringComparison.Ordinal);

        // Not in the live queue; the bot carries on.
        using var agent = await host.SignInAsync("agent1");
        Assert.Empty(await agent.GetFromJsonAsync<List<EscalationView>>("/api/admin/escalations") ?? []);
        Assert.Equal(HandoffTestBot.Echo("thanks"), Assert.Single(await host.CustomerSaysAsync("thanks")).Text);
    }

    [Fact]
    public async Task Choosing_a_support_session_ends_the_dialog_for_the_bot_to_start_booking()
    {
        await using var host = await HandoffTestHost.StartAsync("2026-11-28 01:00"); // Saturday 1:00 AM: just closed
        var replies = await host.CustomerSaysAsync("representative");
        Assert.Contains("they're back Monday, November 30 at 4:00 PM ET", replies[0].Text, StringComparison.Ordinal);

        Assert.Equal(HandoffTestBot.SupportSessionReply, Assert.Single(await host.CustomerSaysAsync("Book a Support Session")).Text);
        await using var db = host.CreateDbContext();
        Assert.Empty(await db.CallbackRequests.ToListAsync());
    }

    [Fact]
    public async Task Declining_both_offers_returns_to_the_bot()
    {
        await using var host = await HandoffTestHost.StartAsync("2026-11-29 20:00"); // Sunday evening
        await host.CustomerSaysAsync("speak to someone");
        Assert.Equal("No problem. I'm still here if you need anything else.", Assert.Single(await host.CustomerSaysAsync("no thanks")).Text);
        Assert.Equal(HandoffTestBot.Echo("ok"), Assert.Single(await host.CustomerSaysAsync("ok")).Text);
    }

    [Fact]
    public async Task Saturday_at_12_59_AM_is_still_open()
    {
        await using var host = await HandoffTestHost.StartAsync("2026-11-28 00:59");
        Assert.StartsWith("I'm connecting you with a live agent.", (await host.CustomerSaysAsync("agent"))[0].Text);
    }
}
