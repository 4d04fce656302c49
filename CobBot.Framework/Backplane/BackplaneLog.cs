using Microsoft.Extensions.Logging;

namespace CobBot.Framework.Backplane;

/// <summary>The in-process backplane's log messages; they name topics, never messages.</summary>
internal static partial class BackplaneLog
{
    [LoggerMessage(Level = LogLevel.Error, Message = "A subscriber of backplane topic {Topic} failed.")]
    public static partial void SubscriberFailed(ILogger logger, Exception exception, string topic);
}
