using System.Collections.Concurrent;
using System.Threading.Channels;
using CobBot.Framework.Builder;
using CobBot.Framework.Connector;
using CobBot.Framework.Schema;

namespace CobBot.Tests.Framework.Hosting;

/// <summary>An <see cref="IConnectorClient"/> that records every call (with a copy of the activity) instead of calling a channel.</summary>
internal sealed class RecordingConnectorClient : IConnectorClient
{
    private readonly ConcurrentQueue<ConnectorCall> _calls = new();
    private readonly Channel<ConnectorCall> _arrivals = Channel.CreateUnbounded<ConnectorCall>();
    private int _nextId;

    /// <summary>When set, every call (or each one <see cref="FailsOn"/> picks) records itself and then throws this.</summary>
    public Exception? Failure { get; set; }

    /// <summary>Which calls <see cref="Failure"/> applies to; all when null.</summary>
    public Func<ConnectorCall, bool>? FailsOn { get; set; }

    public IReadOnlyList<ConnectorCall> Calls => [.. _calls];

    public IReadOnlyList<Activity> Messages => [.. _calls.Where(c => c.Activity?.Type == ActivityTypes.Message).Select(c => c.Activity!)];

    /// <summary>Waits for the next call (the timeout only guards against a hung test).</summary>
    public async Task<ConnectorCall> NextCallAsync() =>
        await _arrivals.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30));

    public Task<ResourceResponse> SendToConversationAsync(Activity activity, CancellationToken cancellationToken = default) =>
        Record(nameof(SendToConversationAsync), activity);

    public Task<ResourceResponse> ReplyToActivityAsync(Activity activity, CancellationToken cancellationToken = default) =>
        Record(nameof(ReplyToActivityAsync), activity);

    public Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken = default) =>
        Record(nameof(UpdateActivityAsync), activity);

    public Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken = default) =>
        Record(nameof(DeleteActivityAsync), null, activityId);

    private Task<ResourceResponse> Record(string operation, Activity? activity, string? activityId = null)
    {
        var call = new ConnectorCall(operation, activity?.DeepClone(), activityId ?? activity?.Id);
        _calls.Enqueue(call);
        _arrivals.Writer.TryWrite(call);
        if (Failure is not null && FailsOn?.Invoke(call) != false) return Task.FromException<ResourceResponse>(Failure);
        return Task.FromResult(new ResourceResponse($"sent-{Interlocked.Increment(ref _nextId)}"));
    }
}

/// <summary>One recorded Connector call.</summary>
internal sealed record ConnectorCall(string Operation, Activity? Activity, string? ActivityId);
