using System.Security.Cryptography;
using System.Text;
using CobBot.Framework.Schema;

namespace CobBot.Analytics;

/// <summary>
/// The hashed form of conversation keys (<see cref="Activity.GetConversationKey"/>, <c>{channelId}/{conversationId}</c>)
/// for analytics, which never stores the raw key.
/// </summary>
public static class ConversationKey
{
    /// <summary>Lower-case hex SHA-256 of <paramref name="key"/>.</summary>
    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
