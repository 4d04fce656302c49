namespace CobBot.Framework.Connector;

/// <summary>An outbound token could not be obtained from the identity platform or the managed-identity endpoint.</summary>
public sealed class AccessTokenException(string message, int? statusCode = null, string? error = null, Exception? inner = null)
    : Exception(message, inner)
{
    /// <summary>The token endpoint's HTTP status, when it answered.</summary>
    public int? StatusCode { get; } = statusCode;

    /// <summary>The OAuth error code, e.g. <c>invalid_client</c>, when the endpoint sent one.</summary>
    public string? Error { get; } = error;
}
