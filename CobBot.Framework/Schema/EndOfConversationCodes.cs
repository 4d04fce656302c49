namespace CobBot.Framework.Schema;

/// <summary>Values of <see cref="Activity.Code"/> on endOfConversation activities.</summary>
public static class EndOfConversationCodes
{
    /// <summary>The reason is not known.</summary>
    public const string Unknown = "unknown";
    /// <summary>The conversation reached its goal.</summary>
    public const string CompletedSuccessfully = "completedSuccessfully";
    /// <summary>The user cancelled.</summary>
    public const string UserCancelled = "userCancelled";
    /// <summary>The bot timed out.</summary>
    public const string BotTimedOut = "botTimedOut";
    /// <summary>The bot sent something invalid.</summary>
    public const string BotIssuedInvalidMessage = "botIssuedInvalidMessage";
    /// <summary>The channel failed.</summary>
    public const string ChannelFailed = "channelFailed";
}
