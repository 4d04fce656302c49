namespace CobBot.Framework.Builder;

/// <summary>The bot logic run at the end of the middleware pipeline.</summary>
public delegate Task BotCallbackHandler(ITurnContext turnContext, CancellationToken cancellationToken);
