namespace CobBot.Framework.Authentication;

/// <summary>An inbound request failed authentication; <see cref="StatusCode"/> is 401 or 403.</summary>
public sealed class BotAuthenticationException(string message, int statusCode = 401, Exception? inner = null)
    : Exception(message, inner)
{
    /// <summary>The HTTP status to answer with.</summary>
    public int StatusCode { get; } = statusCode;
}
