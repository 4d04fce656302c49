using System.Globalization;
using System.Net.WebSockets;
using System.Text;
using CobBot.Framework.Schema;

namespace CobBot.Framework.DirectLine;

/// <summary>
/// Pumps one conversation's log into a WebSocket as ActivitySet frames: first everything after the stream's
/// watermark, then whatever is appended (woken by <see cref="DirectLineStreams"/>, or by the poll interval for
/// activities another instance wrote). Ephemeral activities are sent after the stored activities appended before
/// them and before those appended after them.
/// Frames from the client (keep-alive <c>""</c>) are read and ignored. A newer stream of the conversation closes
/// this one with the reason <c>collision</c>.
/// </summary>
internal sealed class DirectLineStreamSession(
    WebSocket socket,
    string conversationId,
    long watermark,
    IDirectLineStore store,
    DirectLineStreams streams,
    TimeSpan pollInterval,
    TimeProvider timeProvider)
{
    private const int PageSize = 100;
    private long _watermark = watermark;

    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(5);

    public async Task RunAsync(CancellationToken requestAborted, CancellationToken stopping)
    {
        using var subscription = streams.Subscribe(conversationId);
        using var session = CancellationTokenSource.CreateLinkedTokenSource(requestAborted, stopping, subscription.Replaced);
        using var receive = CancellationTokenSource.CreateLinkedTokenSource(requestAborted);
        var receiving = ReceiveUntilClosedAsync(session, receive.Token);
        try
        {
            await PumpAsync(subscription, session.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // The client went away, a newer stream took over, or the app is stopping: closed below.
        }
        var (status, reason) = subscription.Replaced.IsCancellationRequested ? (WebSocketCloseStatus.PolicyViolation, "collision")
            : stopping.IsCancellationRequested ? (WebSocketCloseStatus.EndpointUnavailable, "stopping")
            : (WebSocketCloseStatus.NormalClosure, "closed");
        await CloseAsync(status, reason).ConfigureAwait(false);
        // Give the client a moment to answer the close, then abort the receive.
        try
        {
            await receiving.WaitAsync(CloseTimeout, timeProvider).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            await receive.CancelAsync().ConfigureAwait(false);
            await receiving.ConfigureAwait(false);
        }
    }

    private async Task PumpAsync(DirectLineStreamSubscription subscription, CancellationToken cancellationToken)
    {
        await FlushStoredAsync(long.MaxValue, cancellationToken).ConfigureAwait(false);
        while (true)
        {
            while (subscription.Mailbox.TryRead(out var signal))
            {
                await FlushStoredAsync(signal.StoredUpTo, cancellationToken).ConfigureAwait(false);
                if (signal.Ephemeral is { } ephemeral) await SendAsync([ephemeral], cancellationToken).ConfigureAwait(false);
            }
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var signalled = subscription.Mailbox.WaitToReadAsync(wait.Token).AsTask();
            var polled = Task.Delay(pollInterval, timeProvider, wait.Token);
            var first = await Task.WhenAny(signalled, polled).ConfigureAwait(false);
            await wait.CancelAsync().ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            if (first == signalled && !await signalled.ConfigureAwait(false)) return;
            if (first == polled) await FlushStoredAsync(long.MaxValue, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Sends the stored activities numbered after the stream's watermark and up to <paramref name="upTo"/>.</summary>
    private async Task FlushStoredAsync(long upTo, CancellationToken cancellationToken)
    {
        while (_watermark < upTo)
        {
            var room = (int)Math.Min(PageSize, upTo - _watermark);
            var page = await store.GetActivitiesAsync(conversationId, _watermark, room, cancellationToken).ConfigureAwait(false);
            // Numbers freed by updates and deletes can carry a page past the bound: then take one at a time.
            if (page.Watermark > upTo && room > 1)
                page = await store.GetActivitiesAsync(conversationId, _watermark, 1, cancellationToken).ConfigureAwait(false);
            if (page.Activities.Count == 0 || page.Watermark > upTo) return;
            _watermark = page.Watermark;
            await SendAsync(page.Activities, cancellationToken).ConfigureAwait(false);
        }
    }

    private Task SendAsync(IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        var frame = DirectLineResults.Serialize(new DirectLineActivitySet(activities, _watermark.ToString(CultureInfo.InvariantCulture)));
        return socket.SendAsync(Encoding.UTF8.GetBytes(frame), WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
    }

    private async Task ReceiveUntilClosedAsync(CancellationTokenSource session, CancellationToken cancellationToken)
    {
        var buffer = new byte[4096];
        try
        {
            while (true)
            {
                var result = await socket.ReceiveAsync(buffer, cancellationToken).ConfigureAwait(false);
                if (result.MessageType == WebSocketMessageType.Close) break;
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // The connection dropped, or the client did not answer our close in time.
        }
        await session.CancelAsync().ConfigureAwait(false);
    }

    private async Task CloseAsync(WebSocketCloseStatus status, string reason)
    {
        if (socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived)) return;
        try
        {
            using var timeout = new CancellationTokenSource(CloseTimeout, timeProvider);
            await socket.CloseOutputAsync(status, reason, timeout.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // The peer is gone; nothing left to tell it.
        }
    }
}
