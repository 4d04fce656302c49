using System.Text.Json.Nodes;
using CobBot.Framework.Builder;
using CobBot.Framework.State;
using Microsoft.Extensions.Logging;

namespace CobBot.Framework.Hosting;

/// <summary>
/// The turn error policy (the SDK's AdapterWithErrorHandler): logs the failure without PHI, apologises,
/// sends the details as a trace (delivered to the Emulator only), and clears the conversation's state so
/// the user is not stuck in a broken dialog. It never rethrows, so it cannot loop.
/// </summary>
public sealed class TurnErrorHandler(ConversationState conversationState, ILogger<TurnErrorHandler> logger)
{
    private const string FriendlyMessage = "Sorry, something went wrong on my side. Let's start over — please send your request again.";
    private const string ErrorTraceValueType = "https://www.botframework.com/schemas/error";

    /// <summary>Handles an exception thrown by the bot or a middleware during a turn.</summary>
    public async Task HandleAsync(ITurnContext turnContext, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(exception);
        logger.LogError("Unhandled error in a {ActivityType} turn on {ChannelId}: {Failure}",
            turnContext.Activity.Type, turnContext.Activity.ChannelId, ExceptionText.Describe(exception));
        try
        {
            // Cleared in the turn cache so the reset is saved atomically (with its eTag) at the end of the turn.
            await conversationState.LoadAsync(turnContext).ConfigureAwait(false);
            conversationState.ClearState(turnContext);
            await turnContext.SendActivityAsync(FriendlyMessage).ConfigureAwait(false);
            var trace = turnContext.Activity.CreateTrace("OnTurnError Trace", JsonValue.Create(exception.Message), ErrorTraceValueType, "TurnError");
            await turnContext.SendActivityAsync(trace).ConfigureAwait(false);
        }
        catch (Exception handlerFailure)
        {
            logger.LogError("The turn error handler failed as well: {Failure}", ExceptionText.Describe(handlerFailure));
        }
    }
}
