namespace CobBot.Tests.ChannelTests;

/// <summary>npm botframework-directlinejs, the client inside Web Chat, against the self-hosted Direct Line.</summary>
[Collection(RealClientCollection.Name)]
public sealed class DirectLineJsClientTests
{
    [Fact]
    public async Task DirectLineJs_starts_posts_streams_polls_reconnects_and_uploads()
    {
        await using var host = await ChannelTestHost.StartAsync();

        var (exitCode, output) = await PeerClients.RunNodeAsync(PeerClients.OwnScript("directline-check.mjs"),
            ["--clients", PeerClients.Directory, "--domain", host.Domain, "--secret", ChannelTestHost.Secret], TimeSpan.FromMinutes(2));

        Assert.True(exitCode == 0, output);
        Assert.Contains("0 failed", output);
        // One conversationUpdate per conversation start reached the bot, so exactly one welcome.
        Assert.Single(host.Bot.Received, a => a.Type == "conversationUpdate");
    }
}
