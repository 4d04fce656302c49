namespace CobBot.Framework.Builder;

/// <summary>A step of the turn pipeline that runs before and after the bot.</summary>
public interface IMiddleware
{
    /// <summary>Handles the turn; call <paramref name="next"/> to continue the pipeline.</summary>
    Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default);
}
