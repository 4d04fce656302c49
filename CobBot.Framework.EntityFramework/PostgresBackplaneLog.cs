using Microsoft.Extensions.Logging;

namespace CobBot.Framework.Backplane;

/// <summary><see cref="PostgresBackplane"/>'s log messages; they name topics and counts, never messages.</summary>
internal static partial class PostgresBackplaneLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "The backplane could not send {Count} signal(s) to the other instances; they fall back on polling.")]
    public static partial void SendFailed(ILogger logger, Exception exception, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The backplane lost its listening connection; reconnecting in {Delay}.")]
    public static partial void ListenFailed(ILogger logger, Exception exception, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A backplane signal of topic {Topic} is {Bytes} bytes, over the limit; other instances will not receive it.")]
    public static partial void TooLarge(ILogger logger, string topic, int bytes);

    [LoggerMessage(Level = LogLevel.Information, Message = "The backplane listens on PostgreSQL channel {Channel}.")]
    public static partial void Listening(ILogger logger, string channel);
}
