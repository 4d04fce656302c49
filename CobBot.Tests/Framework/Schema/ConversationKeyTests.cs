using CobBot.Framework.Schema;

namespace CobBot.Tests.Framework.Schema;

public sealed class ConversationKeyTests
{
    [Fact]
    public void The_key_is_the_channel_and_the_conversation_id()
    {
        var activity = new Activity { ChannelId = Channels.Msteams, Conversation = new ConversationAccount { Id = "a:1x|livechat" } };

        Assert.Equal("msteams/a:1x|livechat", activity.GetConversationKey());
    }

    [Fact]
    public void An_activity_without_a_channel_or_a_conversation_has_no_key()
    {
        Assert.Throws<InvalidOperationException>(() => new Activity { Conversation = new ConversationAccount { Id = "c1" } }.GetConversationKey());
        Assert.Throws<InvalidOperationException>(() => new Activity { ChannelId = Channels.Directline }.GetConversationKey());
    }
}
