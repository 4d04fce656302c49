using System.Text.Json.Nodes;
using CobBot.Framework.Builder;
using CobBot.Framework.Schema;

namespace CobBot.Tests.Framework.Hosting;

/// <summary>Answers Action.Execute with verb <c>confirmOrder</c> with a replacement card; other verbs are unhandled.</summary>
internal sealed class CardBot : ActivityHandler
{
    protected override Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync("noted", cancellationToken: cancellationToken);

    protected override Task<AdaptiveCardInvokeResponse?> OnAdaptiveCardInvokeAsync(AdaptiveCardInvokeValue invokeValue, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (invokeValue.Action?.Verb != "confirmOrder") return Task.FromResult<AdaptiveCardInvokeResponse?>(null);
        var orderId = invokeValue.Action.Data?["orderId"]?.GetValue<string>();
        var card = new JsonObject { ["type"] = "AdaptiveCard", ["version"] = "1.5", ["body"] = new JsonArray(new JsonObject { ["type"] = "TextBlock", ["text"] = $"Confirmed {orderId}" }) };
        return Task.FromResult<AdaptiveCardInvokeResponse?>(AdaptiveCardInvokeResponse.Card(card));
    }
}
