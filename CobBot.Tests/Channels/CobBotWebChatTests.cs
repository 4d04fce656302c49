namespace CobBot.Tests.ChannelTests;

/// <summary>
/// The real CobBot bot: through its own Direct Line in the real Web Chat (headless Chromium) and on its page, and
/// through <c>/api/messages</c> in the Agents Playground as Teams.
/// </summary>
[Collection(RealClientCollection.Name)]
public sealed class CobBotWebChatTests
{
    [Fact]
    public async Task Web_chat_gets_the_welcome_card_a_knowledge_answer_a_card_button_answer_and_books_by_clicking_Confirm()
    {
        await using var host = await CobBotChannelHost.StartAsync();
        var output = PeerClients.ArtifactsFolder("cobbot-webchat");

        var (exitCode, log) = await PeerClients.RunNodeAsync(PeerClients.SharedScript("webchat-check.mjs"),
            ["--domain", host.Domain, "--secret", ChannelTestHost.Secret, "--user-id", "dl_webchat-check",
             "--script", PeerClients.OwnScript("webchat-cobbot.jsonl"), "--out", output, "--timeout", "20000"], TimeSpan.FromMinutes(4),
            // A customer in New York: Chromium reports the zone, Web Chat sends it as localTimezone, times are Eastern.
            environment: new Dictionary<string, string> { ["TZ"] = "America/New_York" });

        Assert.True(exitCode == 0, log);
        Assert.True(File.Exists(Path.Combine(output, "final.png")), log);
        // The click booked the appointment and queued its confirmation, sent with the calendar invite.
        Assert.Equal(1, await host.Database.ScalarAsync("SELECT COUNT(*) FROM Appointments WHERE Status = 'Booked'"));
        var mail = await PickedUpMailAsync(host.PickupDirectory);
        Assert.Contains("jordan@example.com", mail);
        Assert.Contains("text/calendar", mail);
        Assert.Contains("DTSTART;TZID=America/New_York:20260310T103000", mail);
    }

    /// <summary>The one .eml the outbox worker writes after the booking (the timeout only guards against a hung test).</summary>
    private static async Task<string> PickedUpMailAsync(string directory)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!Directory.Exists(directory) || Directory.GetFiles(directory, "*.eml").Length == 0)
            await Task.Delay(100, timeout.Token);
        return await File.ReadAllTextAsync(Assert.Single(Directory.GetFiles(directory, "*.eml")));
    }

    [Fact]
    public async Task The_page_welcomes_answers_and_resumes_with_the_real_bot()
    {
        await using var host = await CobBotChannelHost.StartAsync();

        var (exitCode, log) = await PeerClients.RunNodeAsync(PeerClients.OwnScript("page-check.mjs"),
            ["--clients", PeerClients.Directory, "--url", host.BaseUrl + "/", "--welcome", "Welcome to COB Company",
             "--say", "What are your support hours?", "--answer", "4:00 PM to 1:00 AM", "--out", PeerClients.ArtifactsFolder("cobbot-page")],
            TimeSpan.FromMinutes(3));

        Assert.True(exitCode == 0, log);
    }

    [Fact]
    public async Task The_playground_as_teams_gets_the_welcome_an_answer_and_a_card_button_answer()
    {
        await using var host = await CobBotChannelHost.StartAsync();
        var output = PeerClients.ArtifactsFolder("cobbot-playground");
        File.Delete(Path.Combine(output, "wire.jsonl"));

        var (exitCode, log) = await PeerClients.RunNodeAsync(PeerClients.SharedScript("playground-check.mjs"),
            ["--bot", host.BaseUrl + "/api/messages", "--channel", "msteams", "--port", PlaygroundClientTests.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture),
             "--script", PeerClients.OwnScript("playground-cobbot.jsonl"), "--out", output, "--timeout", "20000"], TimeSpan.FromMinutes(3));

        Assert.True(exitCode == 0, log);
    }
}
