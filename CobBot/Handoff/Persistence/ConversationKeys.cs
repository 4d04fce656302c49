using System.Buffers.Text;
using System.Text;
using CobBot.Framework.Schema;

namespace CobBot.Handoff.Persistence;

/// <summary>
/// Conversation keys (<see cref="Activity.GetConversationKey"/>, <c>{channelId}/{conversationId}</c>) as stored, and their
/// URL form: ids such as Teams' <c>a:1…</c> or Web Chat's <c>…|livechat</c> are not path-safe, so routes
/// carry the key base64url-encoded.
/// </summary>
public static class ConversationKeys
{
    /// <summary>The longest key stored.</summary>
    public const int MaxLength = 512;

    /// <summary>The route form of <paramref name="key"/>.</summary>
    public static string ToRouteId(string key) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(key));

    /// <summary>The key a route id stands for, or null when it is not one.</summary>
    public static string? FromRouteId(string routeId)
    {
        if (routeId.Length > MaxLength * 2 || !Base64Url.IsValid(routeId)) return null;
        return Encoding.UTF8.GetString(Base64Url.DecodeFromChars(routeId));
    }
}
