using System.Collections.Concurrent;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CobBot.Tests.Handoff;

/// <summary>The agent console in headless Debian Chromium against the app on Kestrel (127.0.0.1, random port).</summary>
public class AgentConsoleBrowserTests
{
    private static readonly string[] ChromiumFlags =
    [
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
    ];

    private const string Hostile = "<img src=x onerror=\"document.title='pwned'\"> I need a human <b>now</b>";

    [Fact]
    public async Task An_agent_signs_in_sees_the_queue_live_claims_reads_replies_and_resolves()
    {
        SetDefaultExpectTimeout(15_000);
        await using var host = await HandoffTestHost.StartAsync(kestrel: true);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Headless = true, Args = ChromiumFlags });
        var page = await browser.NewPageAsync();
        var problems = new ConcurrentQueue<string>();
        page.PageError += (_, error) => problems.Enqueue(error);
        page.Console += (_, message) => { if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal)) problems.Enqueue(message.Text); };

        await page.GotoAsync(new Uri(host.BaseAddress, "/agent").ToString());
        await page.FillAsync("#username", "agent1");
        await page.FillAsync("#password", "wrong");
        await page.ClickAsync("#login-button");
        await Expect(page.Locator("#login-error")).ToHaveTextAsync("Invalid username or password.");
        await page.FillAsync("#password", "agent1-password");
        await page.ClickAsync("#login-button");
        await Expect(page.Locator("#feed-status")).ToHaveAttributeAsync("data-state", "live");
        await Expect(page.Locator("#queue-empty")).ToBeVisibleAsync();

        // A customer escalates: the queue entry arrives over the live feed, untrusted text shown as text.
        await host.CustomerSaysAsync(Hostile);
        var entry = page.Locator("#queue li[data-id='1']");
        await Expect(entry).ToContainTextAsync("#1 in queue");
        await entry.ClickAsync();
        await Expect(page.Locator("#transcript li").First).ToContainTextAsync(Hostile);
        Assert.Equal(0, await page.Locator("main img, main b").CountAsync());

        await page.ClickAsync("#claim");
        await Expect(page.Locator("#conversation-status")).ToHaveTextAsync("Claimed by agent1");

        // The customer writes; it appears live in the open transcript.
        await host.CustomerSaysAsync("Are you there?");
        await Expect(page.Locator("#transcript li").Last).ToContainTextAsync("Are you there?");

        // The agent replies; the customer's channel receives it.
        await page.FillAsync("#reply-text", "Yes, I'm here to help.");
        await page.ClickAsync("#send");
        await Expect(page.Locator("#transcript li").Last).ToContainTextAsync("Yes, I'm here to help.");
        Assert.Contains(host.Connector.Messages, m => m.Text == "Yes, I'm here to help." && m.Conversation?.Id == "conv-1");

        // Resolve: the conversation leaves the queue and the customer is asked for a rating.
        await page.ClickAsync("#resolve");
        await Expect(page.Locator("#queue li")).ToHaveCountAsync(0);
        Assert.Contains(host.Connector.Messages, m => m.Text?.StartsWith("agent1 has closed the chat", StringComparison.Ordinal) == true);

        Assert.NotEqual("pwned", await page.TitleAsync());
        Assert.Empty(problems);
    }
}
