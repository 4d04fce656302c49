namespace CobBot.Tests.ChannelTests;

/// <summary>The real Web Chat bundle in headless Chromium against the self-hosted Direct Line.</summary>
[Collection(RealClientCollection.Name)]
public sealed class WebChatClientTests
{
    [Theory]
    [InlineData("true")]
    [InlineData("false")]
    public async Task Web_chat_shows_the_welcome_answers_and_submits_a_card(string webSocket)
    {
        await using var host = await ChannelTestHost.StartAsync();
        var output = PeerClients.ArtifactsFolder(webSocket == "true" ? "webchat-websocket" : "webchat-polling");

        var (exitCode, log) = await PeerClients.RunNodeAsync(PeerClients.SharedScript("webchat-check.mjs"),
            ["--domain", host.Domain, "--secret", ChannelTestHost.Secret, "--websocket", webSocket,
             "--script", PeerClients.OwnScript("webchat-testbot.jsonl"), "--out", output], TimeSpan.FromMinutes(3));

        Assert.True(exitCode == 0, log);
        Assert.True(File.Exists(Path.Combine(output, "final.png")), log);
        // Web Chat posts a card submit as a postBack: a message with the value and no text.
        var submit = host.Bot.Received.Single(a => a.Value?["kind"]?.GetValue<string>() == "confirm");
        Assert.Equal(true, submit.ChannelData?["postBack"]?.GetValue<bool>());
        Assert.Equal("directline", submit.ChannelId);
    }
}
