using System.Text.Json.Nodes;
using CobBot.Cards;
using CobBot.Conversation;
using CobBot.Framework.Builder;
using CobBot.Framework.Dialogs;
using CobBot.Framework.Schema;
using CobBot.Framework.State;
using CobBot.Framework.Testing;
using Xunit.Abstractions;

namespace CobBot.Tests.Dialogs.Booking;

/// <summary>
/// A conversation with one dialog over <see cref="DialogTestClient"/> (state really saved and reloaded each turn):
/// sends texts, card submits and Teams invokes, and collects each turn's replies, card updates and invoke answer.
/// </summary>
internal sealed class BookingConversation : IMiddleware
{
    private readonly DialogTestClient _client;
    private readonly TurnRecognizer _turns;
    private readonly string? _timeZone;

    public BookingConversation(BookingTestHost host, Dialog dialog, ITestOutputHelper output, string channelId = Channels.Test, object? options = null, string? timeZone = null)
    {
        _timeZone = timeZone;
        _turns = host.Get<TurnRecognizer>();
        ChannelId = channelId;
        _client = new DialogTestClient(channelId, dialog, options, [new DialogTestLogger(output.WriteLine), this], host.Get<ConversationState>());
    }

    public string ChannelId { get; }

    /// <summary>Card updates (Update Activity) of the last turn.</summary>
    public List<Activity> Updates { get; } = [];

    /// <summary>The invoke answer of the last turn, if any.</summary>
    public AdaptiveCardInvokeResponse? InvokeResponse { get; private set; }

    public DialogTurnResult Result => _client.DialogTurnResult;

    /// <summary>Sends a message; returns every reply of the turn.</summary>
    public Task<List<Activity>> SayAsync(string text) => RunAsync(new Activity { Type = ActivityTypes.Message, Text = text });

    /// <summary>Presses a button of the summary card with Action.Submit.</summary>
    public Task<List<Activity>> SubmitAsync(string action, Guid cardId, string? cardActivityId = null) =>
        RunAsync(new Activity
        {
            Type = ActivityTypes.Message,
            ReplyToId = cardActivityId,
            Value = new JsonObject { ["kind"] = BookingCards.SubmitKind, ["action"] = action, ["cardId"] = cardId.ToString("D") },
            ChannelData = new JsonObject { ["postBack"] = true },
        });

    /// <summary>Presses a button of the summary card with Teams' Action.Execute.</summary>
    public Task<List<Activity>> ExecuteAsync(string verb, Guid cardId) =>
        RunAsync(new Activity
        {
            Type = ActivityTypes.Invoke,
            Name = ActivityHandler.AdaptiveCardActionInvokeName,
            Value = new JsonObject
            {
                ["action"] = new JsonObject
                {
                    ["type"] = "Action.Execute",
                    ["verb"] = verb,
                    ["data"] = new JsonObject { ["kind"] = BookingCards.SubmitKind, ["action"] = verb, ["cardId"] = cardId.ToString("D") },
                },
                ["trigger"] = "manual",
            },
        });

    /// <summary>Drops unread replies, as the hosting adapter drops the replies of a turn attempt whose state was not saved.</summary>
    public void DiscardReplies()
    {
        while (_client.GetNextReply<Activity>() is not null)
        {
        }
    }

    public async Task<List<Activity>> RunAsync(Activity activity)
    {
        activity.LocalTimezone ??= _timeZone;
        Updates.Clear();
        InvokeResponse = null;
        var replies = new List<Activity>();
        for (var reply = await _client.SendActivityAsync<Activity>(activity); reply is not null; reply = _client.GetNextReply<Activity>())
            replies.Add(reply);
        return replies;
    }

    async Task IMiddleware.OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        turnContext.OnUpdateActivity((_, activity, nextUpdate) =>
        {
            Updates.Add(activity);
            return nextUpdate();
        });
        // In the app MainDialog recognizes a reply before handing it to the running flow; here the flow is the root.
        if (Result.Status == DialogTurnStatus.Waiting) await _turns.RecognizeAsync(turnContext, cancellationToken);
        await next(cancellationToken);
        InvokeResponse = CardReplies.InvokeResponse(turnContext);
    }
}
