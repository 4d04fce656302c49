using System.Security.Cryptography;

namespace CobBot.Framework.DirectLine;

/// <summary>Random, unguessable ids for conversations, users and uploads.</summary>
internal static class DirectLineIds
{
    public static string NewConversationId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    /// <summary>A user id to embed in a token; the <c>dl_</c> prefix marks ids a client cannot forge.</summary>
    public static string NewUserId() => "dl_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));

    public static string NewUploadId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
