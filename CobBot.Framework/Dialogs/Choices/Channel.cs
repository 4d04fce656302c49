using CobBot.Framework.Schema;

namespace CobBot.Framework.Dialogs.Choices;

/// <summary>What a channel can render.</summary>
public static class Channel
{
    /// <summary>
    /// True when the channel shows <paramref name="buttonCount"/> suggested actions. Teams shows at most three,
    /// imBack only, and only in personal chats; the test channel behaves like Web Chat.
    /// </summary>
    public static bool SupportsSuggestedActions(string? channelId, int buttonCount) => channelId switch
    {
        Channels.Msteams => buttonCount <= 3,
        Channels.Directline or Channels.Webchat or Channels.Emulator or Channels.Test => buttonCount <= 100,
        _ => false,
    };
}
