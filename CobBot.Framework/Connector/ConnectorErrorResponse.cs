namespace CobBot.Framework.Connector;

/// <summary>The Connector's ErrorResponse body: <c>{ "error": { "code", "message" } }</c>.</summary>
internal sealed record ConnectorErrorResponse(ConnectorErrorResponse.Detail? Error)
{
    /// <summary>The error code (e.g. <c>ConversationNotFound</c>) and message.</summary>
    internal sealed record Detail(string? Code, string? Message);
}
