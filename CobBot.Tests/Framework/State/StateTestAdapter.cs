using CobBot.Framework.Builder;
using CobBot.Framework.Schema;

namespace CobBot.Tests.Framework.State;

/// <summary>An adapter for state tests, which never send anything; <see cref="Turn"/> builds a turn for a conversation and user.</summary>
internal sealed class StateTestAdapter : BotAdapter
{
    public const string ChannelId = "test";

    public static TurnContext Turn(string conversationId = "conversation-1", string userId = "user-1") =>
        new(new StateTestAdapter(), new Activity
        {
            Type = ActivityTypes.Message,
            ChannelId = ChannelId,
            Conversation = new ConversationAccount(conversationId),
            From = new ChannelAccount(userId),
            Recipient = new ChannelAccount("bot"),
            Text = "hi",
        });

    public override Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken) =>
        throw new NotSupportedException("State tests do not send activities.");

    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
        throw new NotSupportedException("State tests do not update activities.");

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
        throw new NotSupportedException("State tests do not delete activities.");
}
