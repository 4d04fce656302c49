using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace CobBot.Tests.Framework.Hosting;

/// <summary>Keeps every formatted log line, to check what reaches logs (and that PHI does not).</summary>
internal sealed class CollectingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<LogLine> _lines = new();

    public IReadOnlyList<LogLine> Lines => [.. _lines];

    public ILogger CreateLogger(string categoryName) => new CollectingLogger(categoryName, _lines);

    public void Dispose()
    {
    }

    private sealed class CollectingLogger(string category, ConcurrentQueue<LogLine> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue(new LogLine(category, logLevel, formatter(state, exception) + (exception is null ? "" : " " + exception)));
    }
}

/// <summary>One log entry.</summary>
internal sealed record LogLine(string Category, LogLevel Level, string Message);
