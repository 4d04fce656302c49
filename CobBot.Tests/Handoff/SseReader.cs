namespace CobBot.Tests.Handoff;

/// <summary>Reads Server-Sent Events from a streaming response, one event at a time.</summary>
internal sealed class SseReader(HttpResponseMessage response) : IDisposable
{
    private StreamReader? _reader;

    /// <summary>The next event's type and data (the timeout only guards against a hung test).</summary>
    public async Task<(string Event, string Data)> NextAsync()
    {
        _reader ??= new StreamReader(await response.Content.ReadAsStreamAsync());
        string type = "message", data = "";
        while (true)
        {
            var line = await _reader.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30))
                ?? throw new InvalidOperationException("The event stream ended.");
            if (line.Length == 0 && data.Length > 0) return (type, data);
            if (line.StartsWith("event: ", StringComparison.Ordinal)) type = line["event: ".Length..];
            else if (line.StartsWith("data: ", StringComparison.Ordinal)) data = line["data: ".Length..];
        }
    }

    /// <summary>Reads until an event of type <paramref name="type"/> and returns its data (a hung feed fails on <see cref="NextAsync"/>'s timeout).</summary>
    public async Task<string> UntilAsync(string type)
    {
        while (true)
        {
            var next = await NextAsync();
            if (next.Event == type) return next.Data;
        }
    }

    public void Dispose()
    {
        _reader?.Dispose();
        response.Dispose();
    }
}
