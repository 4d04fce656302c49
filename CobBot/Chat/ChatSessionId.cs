using System.Text.RegularExpressions;

namespace CobBot.Chat;

/// <summary>Session ids of the REST chat: the conversation id of the turns, so only safe, bounded ids are accepted.</summary>
public static partial class ChatSessionId
{
    /// <summary>What a valid id looks like, for error messages.</summary>
    public const string Format = "8 to 64 letters, digits, '-' or '_'";

    /// <summary>A new random id (32 hex digits).</summary>
    public static string New() => Guid.NewGuid().ToString("N");

    /// <summary>True when <paramref name="sessionId"/> is <see cref="Format"/>.</summary>
    public static bool IsValid(string sessionId) => Pattern().IsMatch(sessionId);

    [GeneratedRegex("^[A-Za-z0-9_-]{8,64}$")]
    private static partial Regex Pattern();
}
