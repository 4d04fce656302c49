using System.Text.Json;
using CobBot.Framework.Builder;
using CobBot.Framework.Schema;
using Microsoft.AspNetCore.Http;

namespace CobBot.Framework.Hosting;

/// <summary>
/// What one attempt of a turn wants to send. Nothing leaves before the turn's state is saved: Connector
/// operations are held and released in order afterwards; with <c>expectReplies</c> the activities are
/// buffered for the HTTP response instead. A discarded attempt (state conflict) simply drops its outbox.
/// </summary>
internal sealed class TurnOutbox(bool expectReplies)
{
    private readonly List<HeldOperation> _held = [];
    private readonly List<Activity> _buffered = [];
    private readonly Lock _gate = new();
    private Activity? _invokeResponse;

    /// <summary>True when replies go back in the HTTP response.</summary>
    public bool ExpectReplies => expectReplies;

    /// <summary>Records the bot's <c>invokeResponse</c> activity (also listed in expectReplies bodies, as the SDK does).</summary>
    public void SetInvokeResponse(Activity activity)
    {
        lock (_gate)
        {
            _invokeResponse = activity;
            if (expectReplies) _buffered.Add(activity);
        }
    }

    /// <summary>Buffers an activity for the expectReplies body.</summary>
    public void Buffer(Activity activity)
    {
        lock (_gate) _buffered.Add(activity);
    }

    /// <summary>Holds a Connector operation until <see cref="ReleaseAsync"/>.</summary>
    public void Hold(HeldOperation operation)
    {
        lock (_gate) _held.Add(operation);
    }

    /// <summary>
    /// Makes the held Connector calls with <paramref name="deliver"/>, in the order the bot issued them. A failure
    /// stops there and throws <see cref="TurnDeliveryException"/> naming the calls not made.
    /// </summary>
    public async Task ReleaseAsync(Func<HeldOperation, CancellationToken, Task> deliver, CancellationToken cancellationToken)
    {
        HeldOperation[] operations;
        lock (_gate) operations = [.. _held];
        await DeliverAllAsync(operations, deliver, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Makes <paramref name="operations"/> in order; a failure throws <see cref="TurnDeliveryException"/> with the rest.</summary>
    public static async Task DeliverAllAsync(
        IReadOnlyList<HeldOperation> operations, Func<HeldOperation, CancellationToken, Task> deliver, CancellationToken cancellationToken)
    {
        for (var i = 0; i < operations.Count; i++)
        {
            try
            {
                await deliver(operations[i], cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                throw new TurnDeliveryException([.. operations.Skip(i)], ex);
            }
        }
    }

    /// <summary>
    /// The answer for the inbound activity once the turn committed: the <c>{"activities":[...]}</c> body for
    /// expectReplies, the bot's invoke response (501 when it gave none, as the SDK does), or null (plain 200).
    /// </summary>
    public InvokeResponse? CreateResponse(Activity inbound)
    {
        lock (_gate)
        {
            if (expectReplies) return ExpectedRepliesResponse(new ExpectedReplies { Activities = [.. _buffered] });
            if (!inbound.IsType(ActivityTypes.Invoke)) return null;
            return _invokeResponse is null
                ? new InvokeResponse(StatusCodes.Status501NotImplemented)
                : InvokeResponseActivity.Read(_invokeResponse);
        }
    }

    /// <summary>A <c>200 {"activities":[]}</c> answer: an expectReplies turn that sends nothing.</summary>
    public static InvokeResponse EmptyExpectedReplies() => ExpectedRepliesResponse(new ExpectedReplies());

    private static InvokeResponse ExpectedRepliesResponse(ExpectedReplies replies) =>
        new(StatusCodes.Status200OK, JsonSerializer.SerializeToNode(replies, BotJson.Options));
}
