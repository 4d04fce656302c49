namespace CobBot.Tests.ChannelTests;

/// <summary>CobBot's own page at <c>/</c> (npm Web Chat bundle, COB styling, token endpoint) in headless Chromium.</summary>
[Collection(RealClientCollection.Name)]
public sealed class WebChatPageTests
{
    [Fact]
    public async Task The_page_welcomes_answers_and_resumes_after_a_reload()
    {
        await using var host = await ChannelTestHost.StartAsync();
        var output = PeerClients.ArtifactsFolder("page");

        var (exitCode, log) = await PeerClients.RunNodeAsync(PeerClients.OwnScript("page-check.mjs"),
            ["--clients", PeerClients.Directory, "--url", host.BaseUrl + "/", "--welcome", ChannelTestBot.Welcome,
             "--say", "what are your hours", "--answer", "Echo: what are your hours", "--out", output], TimeSpan.FromMinutes(2));

        Assert.True(exitCode == 0, log);
        Assert.Single(host.Bot.Received, a => a.Type == "conversationUpdate");
    }
}
