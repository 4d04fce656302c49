namespace CobBot.Framework.DirectLine;

/// <summary>The bot failed a turn of a Direct Line conversation (the client gets 502 <c>BotRejectedActivity</c>).</summary>
internal sealed class DirectLineBotException(Exception inner) : Exception("The bot failed to process the activity.", inner);
