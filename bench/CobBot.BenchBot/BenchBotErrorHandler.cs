using CobBot.Framework.Builder;
using CobBot.Framework.State;

namespace CobBot.BenchBot;

/// <summary>The peer's <c>onTurnError</c>: log, say "Sorry, something went wrong." and clear the conversation's state.</summary>
public sealed class BenchBotErrorHandler(ConversationState conversationState, ILogger<BenchBotErrorHandler> logger)
{
    private const string Apology = "Sorry, something went wrong.";

    /// <summary>Handles an exception thrown during a turn; never rethrows.</summary>
    public async Task HandleAsync(ITurnContext turnContext, Exception exception)
    {
        logger.LogError("Unhandled {ExceptionType} in a turn on {ChannelId}.", exception.GetType().Name, turnContext.Activity.ChannelId);
        try
        {
            await conversationState.LoadAsync(turnContext);
            conversationState.ClearState(turnContext);
            await turnContext.SendActivityAsync(Apology);
        }
        catch (Exception reportFailure)
        {
            logger.LogError("Reporting the turn error failed with {ExceptionType}.", reportFailure.GetType().Name);
        }
    }
}
