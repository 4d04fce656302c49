using System.Text.Json.Nodes;
using CobBot.Framework.Schema;

namespace CobBot.Tests.Framework.Schema;

public sealed class PayloadRoundTripTests
{
    public static TheoryData<string> Payloads() => new(PayloadFixtures.Names);

    [Fact]
    public void EveryCapturedClientHasAFixture()
    {
        string[] expected =
        [
            "directline-conversationupdate.json", "emulator-conversationupdate.json", "playground-installationupdate.json",
            "playground-message.json", "teams-conversationupdate-eventtype.json", "teams-installationupdate.json",
            "teams-invoke-adaptivecard-action.json", "teams-message-mention.json", "webchat-message.json", "webchat-postback.json",
        ];
        Assert.Equal(expected, PayloadFixtures.Names);
    }

    // The fixtures hold no nulls, empty entity/attachment arrays, "+00:00" offsets or trailing-zero fractions,
    // the only things BotJson normalises (see ActivityJsonTests), so the written JSON must equal the original exactly.
    [Theory]
    [MemberData(nameof(Payloads))]
    public void RoundTripKeepsThePayloadUnchanged(string name)
    {
        var original = PayloadFixtures.ReadNode(name);

        var activity = BotJson.Deserialize(PayloadFixtures.Read(name));
        var written = JsonNode.Parse(BotJson.Serialize(activity!));

        Assert.True(JsonNode.DeepEquals(original, written), $"{name} changed on the round trip:\n{written}");
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public void EnvelopeFieldsAreRead(string name)
    {
        var activity = BotJson.Deserialize(PayloadFixtures.Read(name))!;

        Assert.False(string.IsNullOrEmpty(activity.Type));
        Assert.False(string.IsNullOrEmpty(activity.Id));
        Assert.False(string.IsNullOrEmpty(activity.ChannelId));
        Assert.False(string.IsNullOrEmpty(activity.Conversation?.Id));
        Assert.False(string.IsNullOrEmpty(activity.From?.Id));
        Assert.False(string.IsNullOrEmpty(activity.Recipient?.Id));
        Assert.True(Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out _));
        Assert.Equal(TimeSpan.Zero, activity.Timestamp?.Offset);
    }
}
