namespace CobBot.Framework.Schema;

/// <summary>The values of <see cref="Activity.Type"/> defined by the Bot Framework Activity spec.</summary>
public static class ActivityTypes
{
    /// <summary>A message from a user or a bot.</summary>
    public const string Message = "message";
    /// <summary>Members joined or left the conversation.</summary>
    public const string ConversationUpdate = "conversationUpdate";
    /// <summary>The sender is typing.</summary>
    public const string Typing = "typing";
    /// <summary>The conversation ended.</summary>
    public const string EndOfConversation = "endOfConversation";
    /// <summary>An asynchronous named event.</summary>
    public const string Event = "event";
    /// <summary>A synchronous request whose answer is the HTTP response.</summary>
    public const string Invoke = "invoke";
    /// <summary>The bot's answer to an invoke, used inside expectReplies result lists.</summary>
    public const string InvokeResponse = "invokeResponse";
    /// <summary>The bot was installed or uninstalled.</summary>
    public const string InstallationUpdate = "installationUpdate";
    /// <summary>Reactions were added to or removed from a message.</summary>
    public const string MessageReaction = "messageReaction";
    /// <summary>A user edited a message.</summary>
    public const string MessageUpdate = "messageUpdate";
    /// <summary>A user deleted a message.</summary>
    public const string MessageDelete = "messageDelete";
    /// <summary>Debug output; sent only to the Emulator.</summary>
    public const string Trace = "trace";
    /// <summary>Internal handoff type; live-agent handoff uses <see cref="Event"/>.</summary>
    public const string Handoff = "handoff";
    /// <summary>A user added or removed the bot from a contact list.</summary>
    public const string ContactRelationUpdate = "contactRelationUpdate";
    /// <summary>A user asked the bot to delete their data.</summary>
    public const string DeleteUserData = "deleteUserData";
    /// <summary>A private suggestion to a recipient.</summary>
    public const string Suggestion = "suggestion";
    /// <summary>A command to the bot.</summary>
    public const string Command = "command";
    /// <summary>The result of a command.</summary>
    public const string CommandResult = "commandResult";
}
