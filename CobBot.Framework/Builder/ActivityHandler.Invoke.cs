using System.Text.Json;
using CobBot.Framework.Schema;

namespace CobBot.Framework.Builder;

public partial class ActivityHandler
{
    /// <summary>The invoke name of an Adaptive Card <c>Action.Execute</c>.</summary>
    public const string AdaptiveCardActionInvokeName = "adaptiveCard/action";

    /// <summary>
    /// An invoke; the returned response becomes the HTTP answer, and null means "not handled" (HTTP 501).
    /// By default <c>adaptiveCard/action</c> is validated and passed to <see cref="OnAdaptiveCardInvokeAsync"/>.
    /// </summary>
    protected virtual Task<InvokeResponse?> OnInvokeActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        turnContext.Activity.Name == AdaptiveCardActionInvokeName
            ? DispatchAdaptiveCardActionAsync(turnContext, cancellationToken)
            : Task.FromResult<InvokeResponse?>(null);

    /// <summary>
    /// A valid <c>Action.Execute</c>; return the card or message to show (HTTP 200), or null when not handled.
    /// Malformed values never get here: they are answered 400 with an <c>application/vnd.microsoft.error</c> body.
    /// </summary>
    protected virtual Task<AdaptiveCardInvokeResponse?> OnAdaptiveCardInvokeAsync(AdaptiveCardInvokeValue invokeValue, ITurnContext turnContext, CancellationToken cancellationToken) =>
        Task.FromResult<AdaptiveCardInvokeResponse?>(null);

    private async Task AnswerInvokeAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var response = await OnInvokeActivityAsync(turnContext, cancellationToken).ConfigureAwait(false);
        if (response is not null)
            await turnContext.SendActivityAsync(InvokeResponseActivity.Create(response), cancellationToken).ConfigureAwait(false);
    }

    private async Task<InvokeResponse?> DispatchAdaptiveCardActionAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var (invokeValue, error) = ReadAdaptiveCardInvokeValue(turnContext.Activity);
        if (invokeValue is null) return error;
        var response = await OnAdaptiveCardInvokeAsync(invokeValue, turnContext, cancellationToken).ConfigureAwait(false);
        return response is null ? null : new InvokeResponse(200, JsonSerializer.SerializeToNode(response, BotJson.Options));
    }

    /// <summary>The SDK's checks: a value that parses, with an action of type <c>Action.Execute</c>.</summary>
    private static (AdaptiveCardInvokeValue? Value, InvokeResponse? Error) ReadAdaptiveCardInvokeValue(Activity activity)
    {
        if (activity.Value is null) return (null, BadRequest("BadRequest", "Missing value property"));
        AdaptiveCardInvokeValue? value;
        try
        {
            value = activity.Value.Deserialize<AdaptiveCardInvokeValue>(BotJson.Options);
        }
        catch (JsonException)
        {
            return (null, BadRequest("BadRequest", "Value property is not properly formed"));
        }
        if (value?.Action is null) return (null, BadRequest("BadRequest", "Missing action property"));
        if (value.Action.Type != "Action.Execute")
            return (null, BadRequest("NotSupported", $"The action '{value.Action.Type}' is not supported."));
        return (value, null);
    }

    private static InvokeResponse BadRequest(string code, string message) =>
        new(400, JsonSerializer.SerializeToNode(AdaptiveCardInvokeResponse.Error(400, code, message), BotJson.Options));
}
