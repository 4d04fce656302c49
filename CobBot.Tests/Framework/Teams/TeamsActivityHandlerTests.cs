using System.Text.Json.Nodes;
using CobBot.Framework.Builder;
using CobBot.Framework.Schema;
using CobBot.Framework.Teams;
using CobBot.Tests.Framework.Hosting;

namespace CobBot.Tests.Framework.Teams;

public sealed class TeamsActivityHandlerTests
{
    private sealed class ProbeTeamsHandler : TeamsActivityHandler
    {
        public List<string> Calls { get; } = [];

        protected override Task OnMessageActivityAsync(ITurnContext t, CancellationToken c) => Record($"message:{t.Activity.Text}");
        protected override Task OnMembersAddedAsync(IList<ChannelAccount> m, ITurnContext t, CancellationToken c) => Record($"added:{m.Count}");

        protected override async Task OnTeamsMembersAddedAsync(IList<ChannelAccount> m, TeamsChannelData d, ITurnContext t, CancellationToken c)
        {
            await Record($"teamsAdded:{d.EventType}:{d.Team?.Id}");
            await base.OnTeamsMembersAddedAsync(m, d, t, c);
        }

        protected override Task OnTeamsConversationEventAsync(TeamsChannelData d, ITurnContext t, CancellationToken c) =>
            Record($"teamsEvent:{d.EventType}:{d.Channel?.Name}");

        private Task Record(string call)
        {
            Calls.Add(call);
            return Task.CompletedTask;
        }
    }

    private static Mention MentionOf(string id, string name, string? text) => new() { Mentioned = new ChannelAccount(id, name), Text = text };

    [Theory]
    [InlineData("<at>Care Bot</at> where is my order?", TestActivities.BotId, "<at>Care Bot</at>", "where is my order?")]
    [InlineData("where is <AT>care bot</AT> my order", TestActivities.BotId, "<at>Care Bot</at>", "where is  my order")]
    [InlineData("<at>Care Bot</at> hello", TestActivities.BotId, null, "hello")]
    [InlineData("<at>Dana</at> can you check", "29:dana", "<at>Dana</at>", "<at>Dana</at> can you check")]
    public void RemoveRecipientMention_strips_only_the_bots_own_mention(string text, string mentionedId, string? mentionText, string expected)
    {
        var activity = TestActivities.Message(text, channelId: Channels.Msteams);
        activity.Entities = [MentionOf(mentionedId, mentionedId == TestActivities.BotId ? "Care Bot" : "Dana", mentionText)];

        Assert.Equal(expected, activity.RemoveRecipientMention());
        Assert.Equal(expected, activity.Text);
    }

    [Fact]
    public async Task Message_reaches_the_handler_without_the_bot_mention_from_wire_entities()
    {
        var json = """
            {"type":"message","id":"m-1","channelId":"msteams","serviceUrl":"https://smba.example.test/amer/",
             "conversation":{"id":"19:abc@thread.tacv2"},"from":{"id":"29:user-1"},"recipient":{"id":"28:bot-app","name":"Care Bot"},
             "text":"<at>Care Bot</at> where is my order?",
             "entities":[{"type":"mention","text":"<at>Care Bot</at>","mentioned":{"id":"28:bot-app","name":"Care Bot"}}]}
            """;
        var handler = new ProbeTeamsHandler();

        await handler.OnTurnAsync(RecordingAdapter.ContextFor(BotJson.Deserialize(json)!, out _));

        Assert.Equal(["message:where is my order?"], handler.Calls);
    }

    [Fact]
    public void Teams_channel_data_is_read_typed_and_tolerates_non_objects()
    {
        var activity = TestActivities.Message("hi", channelId: Channels.Msteams);
        activity.ChannelData = JsonNode.Parse("""
            {"tenant":{"id":"t-1"},"team":{"id":"19:team","name":"Billing","aadGroupId":"g-1"},
             "channel":{"id":"19:chan","name":"General"},"eventType":"channelRenamed","legacy":{"x":1}}
            """);

        var data = activity.GetTeamsChannelData()!;

        Assert.Equal(("t-1", "19:team", "Billing", "g-1", "19:chan", "General", "channelRenamed"),
            (data.Tenant?.Id, data.Team?.Id, data.Team?.Name, data.Team?.AadGroupId, data.Channel?.Id, data.Channel?.Name, data.EventType));
        Assert.True(data.Properties!.ContainsKey("legacy"));
        activity.ChannelData = JsonValue.Create("postBack");
        Assert.Null(activity.GetTeamsChannelData());
    }

    [Fact]
    public async Task Teams_member_added_event_is_routed_with_its_team_then_to_OnMembersAdded()
    {
        var update = TestActivities.Of(ActivityTypes.ConversationUpdate, channelId: Channels.Msteams, configure: a =>
        {
            a.MembersAdded = [new ChannelAccount(TestActivities.BotId)];
            a.ChannelData = JsonNode.Parse("""{"eventType":"teamMemberAdded","team":{"id":"19:team"},"tenant":{"id":"t-1"}}""");
        });
        var handler = new ProbeTeamsHandler();

        await handler.OnTurnAsync(RecordingAdapter.ContextFor(update, out _));

        Assert.Equal(["teamsAdded:teamMemberAdded:19:team", "added:1"], handler.Calls);
    }

    [Fact]
    public async Task Teams_event_without_membership_changes_goes_to_the_conversation_event_hook()
    {
        var update = TestActivities.Of(ActivityTypes.ConversationUpdate, channelId: Channels.Msteams, configure: a =>
            a.ChannelData = JsonNode.Parse("""{"eventType":"channelRenamed","channel":{"id":"19:chan","name":"Denials"}}"""));
        var handler = new ProbeTeamsHandler();

        await handler.OnTurnAsync(RecordingAdapter.ContextFor(update, out _));

        Assert.Equal(["teamsEvent:channelRenamed:Denials"], handler.Calls);
    }

    [Fact]
    public async Task Other_channels_use_the_base_conversation_update_routing()
    {
        var update = TestActivities.Of(ActivityTypes.ConversationUpdate, channelId: Channels.Directline, configure: a =>
            a.MembersAdded = [new ChannelAccount(TestActivities.BotId), new ChannelAccount(TestActivities.UserId)]);
        var handler = new ProbeTeamsHandler();

        await handler.OnTurnAsync(RecordingAdapter.ContextFor(update, out _));

        Assert.Equal(["added:2"], handler.Calls);
    }
}
