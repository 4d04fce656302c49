using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;

namespace CobBot.Tests.ChannelTests;

/// <summary>The Microsoft 365 Agents Playground (a Teams-like local client) against <c>/api/messages</c>.</summary>
[Collection(RealClientCollection.Name)]
public sealed class PlaygroundClientTests
{
    [Fact]
    public async Task The_playground_exchanges_messages_and_both_card_actions_as_teams()
    {
        await using var host = await ChannelTestHost.StartAsync(realConnector: true);
        var output = PeerClients.ArtifactsFolder("playground");
        File.Delete(Path.Combine(output, "wire.jsonl")); // the script appends

        var (exitCode, log) = await PeerClients.RunNodeAsync(PeerClients.SharedScript("playground-check.mjs"),
            ["--bot", host.BaseUrl + "/api/messages", "--channel", "msteams", "--port", FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture),
             "--script", PeerClients.OwnScript("playground-testbot.jsonl"), "--out", output], TimeSpan.FromMinutes(3));

        Assert.True(exitCode == 0, log);
        // Action.Execute: the playground got the refreshed card as the invoke's answer.
        var wire = File.ReadLines(Path.Combine(output, "wire.jsonl")).Select(l => JsonNode.Parse(l)!).ToList();
        var invoke = Assert.Single(wire, w => (string?)w["body"]?["name"] == "adaptiveCard/action");
        Assert.Equal(200, (int)invoke["status"]!);
        Assert.Contains("Confirmed 4711", invoke["response"]!.ToJsonString());
        // Action.Submit: a message naming the card in replyToId, answered by an update of that card.
        var submit = host.Bot.Received.Single(a => a.Type == "message" && a.Value?["kind"] is not null);
        Assert.False(string.IsNullOrEmpty(submit.ReplyToId));
        Assert.Contains(wire, w => (string?)w["dir"] == "from-bot" && w.ToJsonString().Contains("Confirmed 4711", StringComparison.Ordinal));
    }

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
