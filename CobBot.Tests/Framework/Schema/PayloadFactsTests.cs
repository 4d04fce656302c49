using CobBot.Framework.Schema;

namespace CobBot.Tests.Framework.Schema;

/// <summary>What the bot needs from each client's payload is readable through the typed model.</summary>
public sealed class PayloadFactsTests
{
    private static Activity Load(string name) => BotJson.Deserialize(PayloadFixtures.Read(name))!;

    [Fact]
    public void WebChatMessageKeepsLocalTimeAndClientActivityId()
    {
        var activity = Load("webchat-message.json");

        Assert.Equal(TimeSpan.FromHours(-7), activity.LocalTimestamp?.Offset);
        Assert.Equal("America/Los_Angeles", activity.LocalTimezone);
        Assert.Equal("1749571204183xk2m9q7w3rb", (string?)activity.ChannelData?["clientActivityID"]);
        var capabilities = Assert.Single(activity.Entities!);
        Assert.Equal("ClientCapabilities", capabilities.Type);
        Assert.True(capabilities.Properties!["supportsTts"].GetBoolean());
    }

    [Fact]
    public void WebChatPostBackCarriesValueAndPostBackFlag()
    {
        var activity = Load("webchat-postback.json");

        Assert.Null(activity.Text);
        Assert.Equal("confirmCallback", (string?)activity.Value?["kind"]);
        Assert.True((bool?)activity.ChannelData?["postBack"]);
    }

    [Fact]
    public void TeamsMentionOfTheBotIsReadableAsMention()
    {
        var activity = Load("teams-message-mention.json");

        var mention = activity.Entities!.Single(e => e.Type == "mention").GetAs<Mention>();
        Assert.Equal(activity.Recipient!.Id, mention.Mentioned!.Id);
        Assert.Equal("<at>COB Care</at>", mention.Text);
        Assert.Equal("3a9e5c17-4b2d-4f8a-b6c0-7d1e2f9a8b43", (string?)activity.ChannelData?["tenant"]?["id"]);
        Assert.NotNull(activity.ChannelData?["legacy"]);
        Assert.Equal("2025-06-10T09:05:12.4566513-07:00", activity.Properties!["rawLocalTimestamp"].GetString());
        Assert.Equal("channel", activity.Conversation!.ConversationType);
        Assert.Equal("text/html", Assert.Single(activity.Attachments!).ContentType);
    }

    [Fact]
    public void TeamsInvokeCarriesTheExecuteAction()
    {
        var activity = Load("teams-invoke-adaptivecard-action.json");

        Assert.True(activity.IsType(ActivityTypes.Invoke));
        Assert.Equal("adaptiveCard/action", activity.Name);
        Assert.Equal("Action.Execute", (string?)activity.Value?["action"]?["type"]);
        Assert.Equal("AUTH-20931", (string?)activity.Value?["action"]?["data"]?["caseRef"]);
    }

    [Theory]
    [InlineData("teams-installationupdate.json")]
    [InlineData("playground-installationupdate.json")]
    public void InstallationUpdateHasAddAction(string name)
    {
        var activity = Load(name);

        Assert.True(activity.IsType(ActivityTypes.InstallationUpdate));
        Assert.Equal("add", activity.Action);
        Assert.NotNull(activity.ChannelData?["tenant"]?["id"]);
    }

    [Fact]
    public void TeamsConversationUpdateAddsTheBotWithEventType()
    {
        var activity = Load("teams-conversationupdate-eventtype.json");

        Assert.Equal("teamMemberAdded", (string?)activity.ChannelData?["eventType"]);
        Assert.Equal(activity.Recipient!.Id, Assert.Single(activity.MembersAdded!).Id);
    }

    [Fact]
    public void PlaygroundMessageUsesItsLocalConnector()
    {
        var activity = Load("playground-message.json");

        Assert.Equal(Channels.Msteams, activity.ChannelId);
        Assert.Equal("http://localhost:56150/_connector", activity.ServiceUrl);
        Assert.Equal("personal-chat-id", activity.Conversation!.Id);
    }

    [Fact]
    public void EmulatorConversationUpdateHasLiveChatIdAndRoles()
    {
        var activity = Load("emulator-conversationupdate.json");

        Assert.EndsWith("|livechat", activity.Conversation!.Id, StringComparison.Ordinal);
        Assert.Equal([RoleTypes.Bot, RoleTypes.User], activity.MembersAdded!.Select(m => m.Role));
        Assert.Equal(TimeSpan.FromHours(-7), activity.LocalTimestamp?.Offset);
    }

    [Fact]
    public void DirectLineConversationUpdateAddsBotAndUser()
    {
        var activity = Load("directline-conversationupdate.json");

        Assert.Equal([activity.Recipient!.Id, activity.From!.Id], activity.MembersAdded!.Select(m => m.Id));
        Assert.Null(activity.GetConversationReference().ActivityId);
    }
}
