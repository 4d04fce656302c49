using CobBot.Framework.Builder;

namespace CobBot.Tests.Framework.Hosting;

/// <summary>A bot whose turn is a lambda.</summary>
internal sealed class DelegateBot(BotCallbackHandler onTurn) : IBot
{
    public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default) => onTurn(turnContext, cancellationToken);
}
