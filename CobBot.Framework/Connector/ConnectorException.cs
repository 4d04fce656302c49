using System.Text.Json;

namespace CobBot.Framework.Connector;

/// <summary>
/// A Connector call failed: the channel answered with an error status (and usually an ErrorResponse body), or the
/// request could not be completed (<see cref="StatusCode"/> null, cause in <see cref="Exception.InnerException"/>).
/// </summary>
public sealed class ConnectorException : Exception
{
    /// <summary>Creates the exception for a failed operation.</summary>
    public ConnectorException(string operation, int? statusCode, string? errorCode, string? errorMessage, string? operationId, Exception? inner = null)
        : base(Describe(operation, statusCode, errorCode, errorMessage, operationId), inner)
    {
        Operation = operation;
        StatusCode = statusCode;
        ErrorCode = errorCode;
        OperationId = operationId;
    }

    /// <summary>The Connector operation, e.g. <c>ReplyToActivity</c>.</summary>
    public string Operation { get; }
    /// <summary>The HTTP status the channel answered with; null when no answer arrived.</summary>
    public int? StatusCode { get; }
    /// <summary>The ErrorResponse code, e.g. <c>ConversationBlockedByUser</c>.</summary>
    public string? ErrorCode { get; }
    /// <summary>The <c>X-Correlating-OperationId</c> response header, which channel support asks for.</summary>
    public string? OperationId { get; }

    internal static async Task<ConnectorException> FromResponseAsync(string operation, HttpResponseMessage response, string? operationId, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var error = ReadError(body);
        return new ConnectorException(operation, (int)response.StatusCode, error?.Code, error?.Message, operationId);
    }

    private static ConnectorErrorResponse.Detail? ReadError(string body)
    {
        try
        {
            return string.IsNullOrWhiteSpace(body) ? null : JsonSerializer.Deserialize(body, ConnectorJsonContext.Default.ConnectorErrorResponse)?.Error;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Describe(string operation, int? statusCode, string? errorCode, string? errorMessage, string? operationId)
    {
        var outcome = statusCode is { } status ? $"answered {status}" : "got no answer";
        var detail = errorCode is null && errorMessage is null ? "" : $" {errorCode}: {errorMessage}";
        var correlation = operationId is null ? "" : $" (X-Correlating-OperationId {operationId})";
        return $"Connector {operation} {outcome}{detail}{correlation}.";
    }
}
