using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace CobBot.Tests.Framework.DirectLine;

/// <summary>A WebSocket client of a Direct Line stream that collects the ActivitySet frames.</summary>
internal sealed class DirectLineSocket : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();

    public List<JsonObject> Activities { get; } = [];
    public WebSocketCloseStatus? CloseStatus => _socket.CloseStatus;
    public string? CloseReason => _socket.CloseStatusDescription;

    public static async Task<DirectLineSocket> OpenAsync(string streamUrl)
    {
        var socket = new DirectLineSocket();
        await socket._socket.ConnectAsync(new Uri(streamUrl), CancellationToken.None);
        return socket;
    }

    public Task SendEmptyFrameAsync() => _socket.SendAsync(ReadOnlyMemory<byte>.Empty, WebSocketMessageType.Text, true, CancellationToken.None).AsTask();

    /// <summary>Reads frames until an activity matches (the timeout only guards against a hung test); null when the server closed first.</summary>
    public async Task<JsonObject?> ReadUntilAsync(Func<JsonObject, bool> predicate)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var buffer = new byte[64 * 1024];
        while (true)
        {
            if (Activities.FirstOrDefault(predicate) is { } hit) return hit;
            var text = new StringBuilder();
            WebSocketReceiveResult result;
            do
            {
                result = await _socket.ReceiveAsync(buffer, timeout.Token);
                text.Append(Encoding.UTF8.GetString(buffer, 0, result.Count));
            }
            while (!result.EndOfMessage);
            if (result.MessageType == WebSocketMessageType.Close) return null;
            if (text.Length == 0) continue;
            foreach (var activity in JsonNode.Parse(text.ToString())!["activities"]!.AsArray()) Activities.Add(activity!.AsObject());
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", timeout.Token);
        }
        _socket.Dispose();
    }
}
