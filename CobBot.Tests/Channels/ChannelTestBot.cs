using System.Text.Json.Nodes;
using CobBot.Framework.Builder;
using CobBot.Framework.Schema;
using CobBot.Framework.Teams;

namespace CobBot.Tests.ChannelTests;

/// <summary>
/// A small bot for channel tests: one welcome per added user, <c>Echo: …</c>, a confirmation card (Submit variant,
/// or Execute on Teams) that is replaced via Update Activity once submitted, typing before a slow answer, and a
/// count of uploaded attachments. It records the text each message reached it with (after mention stripping).
/// </summary>
internal sealed class ChannelTestBot : TeamsActivityHandler
{
    public const string Welcome = "Welcome to the COB test bot";

    public List<string> ReceivedTexts { get; } = [];

    public List<Activity> Received { get; } = [];

    public override Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        lock (Received) Received.Add(turnContext.Activity.DeepClone());
        return base.OnTurnAsync(turnContext, cancellationToken);
    }

    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var recipient = turnContext.Activity.Recipient?.Id;
        var botAdded = membersAdded.Any(m => m.Id == recipient);
        // Teams: welcome when the bot is installed; elsewhere when the user joins.
        var welcome = turnContext.Activity.ChannelId == Channels.Msteams ? botAdded : membersAdded.Any(m => m.Id != recipient);
        if (welcome) await turnContext.SendActivityAsync($"{Welcome}. Type card for a card.", cancellationToken: cancellationToken);
    }

    protected override async Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (activity.ChannelId == Channels.Msteams) activity.RemoveRecipientMention();
        lock (ReceivedTexts) ReceivedTexts.Add(activity.Text ?? "");
        if (activity.Value?["kind"]?.GetValue<string>() == "confirm")
        {
            // Teams (and the Playground) name the card in replyToId; Web Chat's postBack does not, so it stays.
            if (activity.ReplyToId is { Length: > 0 } cardId)
            {
                var done = MessageFactory.Attachment(Card($"Confirmed {activity.Value["orderId"]}", null, null));
                done.Id = cardId;
                await turnContext.UpdateActivityAsync(done, cancellationToken);
            }
            await turnContext.SendActivityAsync($"Submitted {activity.Value["note"]}", cancellationToken: cancellationToken);
            return;
        }
        // Uploaded files come by contentUrl (Teams also adds an inline text/html copy of every message).
        var files = activity.Attachments?.Where(a => a.ContentUrl is not null).ToList() ?? [];
        if (files.Count > 0)
        {
            await turnContext.SendActivityAsync($"Received {files.Count} file(s): {string.Join(", ", files.Select(f => f.Name))}", cancellationToken: cancellationToken);
            return;
        }
        switch (activity.Text?.Trim())
        {
            case "card":
                var execute = activity.ChannelId == Channels.Msteams;
                await turnContext.SendActivityAsync(MessageFactory.Attachment(Card("Confirm your order 4711", "Confirm", execute)), cancellationToken);
                break;
            case "submit card":
                await turnContext.SendActivityAsync(MessageFactory.Attachment(Card("Confirm your order 4711", "Confirm", execute: false)), cancellationToken);
                break;
            case "slow":
                await turnContext.SendActivityAsync(new Activity { Type = ActivityTypes.Typing }, cancellationToken);
                await turnContext.SendActivityAsync("Done thinking", cancellationToken: cancellationToken);
                break;
            default:
                await turnContext.SendActivityAsync($"Echo: {activity.Text}", cancellationToken: cancellationToken);
                break;
        }
    }

    protected override Task<AdaptiveCardInvokeResponse?> OnAdaptiveCardInvokeAsync(AdaptiveCardInvokeValue invokeValue, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var data = invokeValue.Action?.Data;
        return Task.FromResult<AdaptiveCardInvokeResponse?>(invokeValue.Action?.Verb == "confirm"
            ? AdaptiveCardInvokeResponse.Card((JsonObject)Card($"Confirmed {data?["orderId"]}", null, null).Content!)
            : null);
    }

    /// <summary>The test card: a heading, a note input and one button (Submit, or Execute with a Submit fallback).</summary>
    public static Attachment Card(string heading, string? button, bool? execute)
    {
        var data = new JsonObject { ["kind"] = "confirm", ["orderId"] = "4711" };
        var body = new JsonArray(new JsonObject { ["type"] = "TextBlock", ["text"] = heading, ["wrap"] = true });
        var card = new JsonObject { ["type"] = "AdaptiveCard", ["version"] = "1.5", ["fallbackText"] = heading, ["body"] = body };
        if (button is not null)
        {
            body.Add(new JsonObject { ["type"] = "Input.Text", ["id"] = "note", ["label"] = "Note", ["placeholder"] = "Note (optional)" });
            JsonObject submit = new() { ["type"] = "Action.Submit", ["title"] = button, ["data"] = data.DeepClone() };
            card["actions"] = new JsonArray(execute == true
                ? new JsonObject { ["type"] = "Action.Execute", ["title"] = button, ["verb"] = "confirm", ["data"] = data, ["fallback"] = submit }
                : submit);
        }
        return new Attachment { ContentType = "application/vnd.microsoft.card.adaptive", Content = card };
    }
}
