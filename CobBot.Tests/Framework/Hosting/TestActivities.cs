using CobBot.Framework.Schema;

namespace CobBot.Tests.Framework.Hosting;

/// <summary>Inbound activities as a channel would send them.</summary>
internal static class TestActivities
{
    public const string ServiceUrl = "https://smba.example.test/amer/";
    public const string ConversationId = "conv-1";
    public const string BotId = "28:bot-app";
    public const string UserId = "29:user-1";

    public static Activity Message(string text, string id = "act-1", string channelId = Channels.Test) =>
        Of(ActivityTypes.Message, id, channelId, a => a.Text = text);

    public static Activity Of(string type, string id = "act-1", string channelId = Channels.Test, Action<Activity>? configure = null)
    {
        var activity = new Activity
        {
            Type = type,
            Id = id,
            ChannelId = channelId,
            ServiceUrl = ServiceUrl,
            Conversation = new ConversationAccount(ConversationId),
            From = new ChannelAccount(UserId, "Dana Whitfield", RoleTypes.User),
            Recipient = new ChannelAccount(BotId, "Care Bot", RoleTypes.Bot),
            Locale = "en-US",
        };
        configure?.Invoke(activity);
        return activity;
    }
}
