using CobBot.Framework.Connector;
using CobBot.Framework.Schema;

namespace CobBot.Framework.Teams;

/// <summary>
/// Holds sends, replies and updates to a Teams conversation to its budget (<see cref="ConversationRateLimiter"/>)
/// so a burst queues instead of drawing 429s; other channels pass straight through. A 429 that still comes back
/// is retried after its <c>Retry-After</c> by the Connector client's resilience handler.
/// </summary>
public sealed class TeamsRateLimitedConnectorClient(IConnectorClient inner, ConversationRateLimiter limiter) : IConnectorClient
{
    /// <inheritdoc/>
    public async Task<ResourceResponse> SendToConversationAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        await AcquireAsync(activity, "SendToConversation", cancellationToken).ConfigureAwait(false);
        return await inner.SendToConversationAsync(activity, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async Task<ResourceResponse> ReplyToActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        await AcquireAsync(activity, "ReplyToActivity", cancellationToken).ConfigureAwait(false);
        return await inner.ReplyToActivityAsync(activity, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        await AcquireAsync(activity, "UpdateActivity", cancellationToken).ConfigureAwait(false);
        return await inner.UpdateActivityAsync(activity, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken = default) =>
        inner.DeleteActivityAsync(serviceUrl, conversationId, activityId, cancellationToken);

    private async Task AcquireAsync(Activity activity, string operation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.ChannelId != Channels.Msteams || activity.Conversation?.Id is not { Length: > 0 } conversationId) return;
        if (!await limiter.AcquireAsync(conversationId, cancellationToken).ConfigureAwait(false))
            throw new ConnectorException(operation, 429, "Throttled", "Too many sends are waiting for this Teams conversation.", null);
    }
}
