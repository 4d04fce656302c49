using System.Security.Cryptography;
using System.Text;
using CobBot.Framework.Schema;

namespace CobBot.Analytics;

/// <summary>
/// Conversation keys, <c>{channelId}/{conversationId}</c> (as the bot's state and turn locks use), and their hashed
/// form for analytics, which never stores the raw key.
/// </summary>
public static class ConversationKey
{
    /// <summary>The key of <paramref name="activity"/>'s conversation.</summary>
    public static string Of(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var channelId = activity.ChannelId ?? throw new InvalidOperationException("The activity has no channelId.");
        var conversationId = activity.Conversation?.Id ?? throw new InvalidOperationException("The activity has no conversation.id.");
        return $"{channelId}/{conversationId}";
    }

    /// <summary>Lower-case hex SHA-256 of <paramref name="key"/>.</summary>
    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
