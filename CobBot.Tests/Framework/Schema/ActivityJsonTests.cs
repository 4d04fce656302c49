using System.Text.Json.Nodes;
using CobBot.Framework.Schema;

namespace CobBot.Tests.Framework.Schema;

public sealed class ActivityJsonTests
{
    private const string Inbound = """
        {
          "type": "message", "id": "1749571512456", "timestamp": "2025-06-10T16:05:12.4566513Z",
          "localTimestamp": "2025-06-10T09:05:12.123-07:00", "serviceUrl": "https://smba.trafficmanager.net/amer/",
          "channelId": "msteams", "text": "hello", "locale": "en-US",
          "from": { "id": "29:1abc", "name": "Jordan Sample", "foo": { "bar": [1, 2.50, "x"] } },
          "recipient": { "id": "28:bot", "name": "COB Care", "extra": true },
          "conversation": { "id": "a:1xyz", "tenantId": "t1", "unknownFlag": "yes" },
          "channelData": { "tenant": { "id": "t1" }, "nested": { "deep": { "deeper": [ { "k": null } ] } } },
          "entities": [ { "type": "clientInfo", "locale": "en-US", "platform": "Web", "custom": { "a": 1 } }, { "@context": "https://schema.org", "@type": "Message", "$type": "odd", "type": "https://schema.org/Message" } ],
          "attachments": [ { "contentType": "application/vnd.microsoft.card.adaptive", "unknownAttachmentField": 7,
                             "content": { "type": "AdaptiveCard", "version": "1.5", "futureCardField": { "x": 1 } } } ],
          "futureTopLevel": { "anything": ["goes"] }
        }
        """;

    [Fact]
    public void UnknownPropertiesSurviveAtEveryLevel()
    {
        var activity = BotJson.Deserialize(Inbound)!;

        var written = JsonNode.Parse(BotJson.Serialize(activity));

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(Inbound), written), written!.ToJsonString());
        Assert.Equal(2.50m, activity.From!.Properties!["foo"].GetProperty("bar")[1].GetDecimal());
    }

    [Fact]
    public void LocalTimestampKeepsItsOffset()
    {
        var activity = BotJson.Deserialize(Inbound)!;

        Assert.Equal(TimeSpan.FromHours(-7), activity.LocalTimestamp!.Value.Offset);
        Assert.Equal(new DateTime(2025, 6, 10, 9, 5, 12, 123), activity.LocalTimestamp.Value.DateTime);
        Assert.Contains("\"localTimestamp\":\"2025-06-10T09:05:12.123-07:00\"", BotJson.Serialize(activity), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2025-06-10T16:05:12.4566513Z", "2025-06-10T16:05:12.4566513Z")]
    [InlineData("2025-06-10T16:05:12+00:00", "2025-06-10T16:05:12Z")]
    [InlineData("2025-06-10T16:05:12.120Z", "2025-06-10T16:05:12.12Z")]
    [InlineData("2025-06-10T21:35:12.5+05:30", "2025-06-10T21:35:12.5+05:30")]
    public void DatesAreWrittenIsoWithZForUtc(string read, string expected)
    {
        var activity = BotJson.Deserialize($$"""{ "type": "message", "timestamp": "{{read}}" }""")!;

        Assert.Equal($$"""{"type":"message","timestamp":"{{expected}}"}""", BotJson.Serialize(activity));
    }

    [Fact]
    public void EmptyEntitiesAndAttachmentsAreLeftOut()
    {
        var activity = new Activity { Type = ActivityTypes.Message, Text = "hi", Entities = [], Attachments = [], MembersAdded = [] };

        Assert.Equal("""{"type":"message","text":"hi","membersAdded":[]}""", BotJson.Serialize(activity));
        activity.Entities.Add(new Entity { Type = "clientInfo" });
        Assert.Contains("\"entities\":[{\"type\":\"clientInfo\"}]", BotJson.Serialize(activity), StringComparison.Ordinal);
    }

    [Fact]
    public void TextIsWrittenUnescapedAsChannelsSendIt()
    {
        var activity = new Activity { Type = ActivityTypes.Message, Text = "<at>COB Care</at> copay €25 & \"more\"" };

        Assert.Equal("""{"type":"message","text":"<at>COB Care</at> copay €25 & \"more\""}""", BotJson.Serialize(activity));
    }

    [Fact]
    public void ReadsAreCaseInsensitive()
    {
        var activity = BotJson.Deserialize("""{ "Type": "message", "TEXT": "hi", "From": { "ID": "u1" }, "ChannelID": "webchat" }""")!;

        Assert.Equal(("message", "hi", "u1", "webchat"), (activity.Type, activity.Text, activity.From?.Id, activity.ChannelId));
        Assert.Null(activity.Properties);
    }

    [Fact]
    public void OutgoingReplyIsCamelCaseWithoutNullsOrChannelOwnedFields()
    {
        var inbound = BotJson.Deserialize(Inbound)!;
        var reply = inbound.CreateReply("Your authorization is approved.");
        reply.Entities = [new Mention { Mentioned = new ChannelAccount("29:1abc", "Jordan Sample"), Text = "<at>Jordan Sample</at>" }];
        reply.Id = "ignored-id";
        reply.Timestamp = DateTimeOffset.UnixEpoch;

        var json = JsonNode.Parse(BotJson.SerializeOutgoingToUtf8Bytes(reply))!;

        AssertNoNullsAndCamelCase(json);
        var body = json.AsObject();
        Assert.False(body.ContainsKey("id") || body.ContainsKey("timestamp") || body.ContainsKey("serviceUrl"));
        Assert.Equal("1749571512456", (string?)body["replyToId"]);
        Assert.Equal("a:1xyz", (string?)body["conversation"]?["id"]);
        Assert.Equal("29:1abc", (string?)body["entities"]?[0]?["mentioned"]?["id"]);
        Assert.Equal("<at>Jordan Sample</at>", (string?)body["entities"]?[0]?["text"]);
        Assert.Equal("https://smba.trafficmanager.net/amer/", reply.ServiceUrl);
    }

    [Fact]
    public void MentionWrittenInEntitiesReadsBackAsMention()
    {
        var activity = new Activity { Type = ActivityTypes.Message, Entities = [new Mention { Mentioned = new ChannelAccount("28:bot", "COB Care"), Text = "<at>COB Care</at>" }] };

        var read = BotJson.Deserialize(BotJson.Serialize(activity))!;

        var mention = Assert.Single(read.Entities!).GetAs<Mention>();
        Assert.Equal(("mention", "28:bot", "<at>COB Care</at>"), (mention.Type, mention.Mentioned?.Id, mention.Text));
    }

    private static void AssertNoNullsAndCamelCase(JsonNode? node)
    {
        switch (node)
        {
            case null:
                Assert.Fail("The outgoing JSON contains a null.");
                break;
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    Assert.True(char.IsLower(key[0]), $"'{key}' is not camelCase.");
                    AssertNoNullsAndCamelCase(value);
                }
                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    AssertNoNullsAndCamelCase(item);
                }
                break;
        }
    }
}
