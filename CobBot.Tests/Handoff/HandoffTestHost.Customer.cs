using System.Net.Http.Headers;
using System.Text;
using CobBot.Framework.Schema;

namespace CobBot.Tests.Handoff;

internal sealed partial class HandoffTestHost
{
    /// <summary>
    /// The customer sends <paramref name="text"/> on <paramref name="conversationId"/> (delivery mode normal) and
    /// returns the messages the bot sent back through the Connector during that turn.
    /// </summary>
    public async Task<IReadOnlyList<Activity>> CustomerSaysAsync(string text, string conversationId = "conv-1", string channelId = ChannelId)
    {
        var activity = Inbound(ActivityTypes.Message, conversationId, channelId);
        activity.Text = text;
        return await PostAsync(activity);
    }

    /// <summary>Posts <paramref name="activity"/> to <c>/api/messages</c>; returns every Connector call's activity of that turn.</summary>
    public async Task<IReadOnlyList<Activity>> PostAsync(Activity activity)
    {
        var before = Connector.Calls.Count;
        using var client = CreateClient();
        var content = new StringContent(BotJson.Serialize(activity), Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await client.PostAsync("/api/messages", content);
        response.EnsureSuccessStatusCode();
        return [.. Connector.Calls.Skip(before).Select(c => c.Activity!)];
    }

    /// <summary>An activity from the customer, as the channel sends it.</summary>
    public Activity Inbound(string type, string conversationId = "conv-1", string channelId = ChannelId) => new()
    {
        Type = type,
        Id = $"act-{Interlocked.Increment(ref _nextActivityId)}",
        ChannelId = channelId,
        ServiceUrl = ServiceUrl,
        Conversation = new ConversationAccount(conversationId),
        From = new ChannelAccount("user-1", "Dana", RoleTypes.User),
        Recipient = new ChannelAccount("bot-1", "CobBot", RoleTypes.Bot),
        Locale = "en-US",
    };
}
