namespace CobBot.Framework.Builder;

/// <summary>A bot: handles one turn of a conversation.</summary>
public interface IBot
{
    /// <summary>Handles an incoming activity.</summary>
    Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default);
}
