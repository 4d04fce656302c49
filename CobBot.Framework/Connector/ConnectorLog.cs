using Microsoft.Extensions.Logging;

namespace CobBot.Framework.Connector;

/// <summary>Connector log messages: operation, status and correlation id only, never activity content.</summary>
internal static partial class ConnectorLog
{
    [LoggerMessage(Level = LogLevel.Debug, Message = "Connector {Operation} answered {StatusCode}; X-Correlating-OperationId {OperationId}.")]
    public static partial void Answered(ILogger logger, string operation, int statusCode, string? operationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Connector {Operation} failed with {StatusCode} {ErrorCode}; X-Correlating-OperationId {OperationId}.")]
    public static partial void Failed(ILogger logger, string operation, int? statusCode, string? errorCode, string? operationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Connector {Operation} rejected the token with {StatusCode}; refreshing it and retrying once. X-Correlating-OperationId {OperationId}.")]
    public static partial void TokenRejected(ILogger logger, string operation, int statusCode, string? operationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Connector call to {Host} ended with {Outcome}; retry {Attempt} in {Delay}.")]
    public static partial void Retrying(ILogger logger, string? host, string outcome, int attempt, TimeSpan delay);
}
