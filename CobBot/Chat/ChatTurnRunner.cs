using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Nodes;
using CobBot.Conversation;
using CobBot.Framework.Authentication;
using CobBot.Framework.Builder;
using CobBot.Framework.Hosting;
using CobBot.Framework.Schema;
using Microsoft.Extensions.Options;

namespace CobBot.Chat;

/// <summary>
/// Runs a REST chat message through the same pipeline as every channel: a Bot Framework message activity on the
/// <see cref="ChatApiOptions.ChannelId"/> channel, conversation id = session id, <c>deliveryMode: expectReplies</c> so the
/// replies come back in the answer, handed to <see cref="CloudAdapter.ProcessActivityAsync"/> with the app's bot.
/// </summary>
public sealed class ChatTurnRunner(CloudAdapter adapter, TimeProvider timeProvider, IOptions<ChatApiOptions> options)
{
    private static readonly BotCaller Anonymous = new(new ClaimsIdentity(), CallerId: null, IsAuthenticated: false);
    private static readonly ChannelAccount Bot = new("cobbot", "CobBot", RoleTypes.Bot);

    /// <summary>
    /// Runs one message of session <paramref name="sessionId"/> through <paramref name="bot"/> and returns its answer;
    /// <paramref name="observe"/> sees the turn's context after the bot ran (the turn state, e.g. its <see cref="TurnRoutes"/>).
    /// </summary>
    public async Task<ChatResponse> RunAsync(
        IBot bot, string message, string sessionId, Action<ITurnContext>? observe = null, CancellationToken cancellationToken = default)
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Id = Guid.NewGuid().ToString("N"),
            Timestamp = timeProvider.GetUtcNow(),
            ChannelId = options.Value.ChannelId,
            From = new ChannelAccount($"{options.Value.ChannelId}-user-{sessionId}", role: RoleTypes.User),
            Recipient = Bot,
            Conversation = new ConversationAccount(sessionId) { ConversationType = "personal" },
            Text = message,
            DeliveryMode = DeliveryModes.ExpectReplies,
        };

        // The turn's recognition is read while its context is alive.
        string? intent = null;
        var response = await adapter.ProcessActivityAsync(Anonymous, activity, async (turnContext, token) =>
        {
            await bot.OnTurnAsync(turnContext, token);
            intent = TurnRecognizer.Recognized(turnContext)?.Intent;
            observe?.Invoke(turnContext);
        }, cancellationToken);

        var replies = response?.Body?["activities"]?.AsArray() ?? [];
        var texts = replies
            .Select(node => node.Deserialize<Activity>(BotJson.Options))
            .Where(reply => reply is not null && reply.IsType(ActivityTypes.Message) && !string.IsNullOrWhiteSpace(reply.Text))
            .Select(reply => reply!.Text!);
        return new ChatResponse(string.Join("\n\n", texts), sessionId, intent, timeProvider.GetUtcNow(), (JsonArray)replies.DeepClone());
    }
}
