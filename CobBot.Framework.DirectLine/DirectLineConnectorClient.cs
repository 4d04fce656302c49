using CobBot.Framework.Connector;
using CobBot.Framework.Schema;

namespace CobBot.Framework.DirectLine;

/// <summary>
/// An <see cref="IConnectorClient"/> that delivers activities for this app's own Direct Line conversations in
/// process (no HTTP hop to itself) with the Connector's semantics — ids in the responses, 404
/// <see cref="ConnectorException"/>s for unknown activities — and passes everything else to the inner client.
/// </summary>
public sealed class DirectLineConnectorClient(IConnectorClient inner, DirectLineConnector connector) : IConnectorClient
{
    /// <inheritdoc/>
    public async Task<ResourceResponse> SendToConversationAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return await FindAsync(activity, cancellationToken).ConfigureAwait(false) is { } conversation
            ? await connector.SendAsync(conversation, activity, cancellationToken).ConfigureAwait(false)
            : await inner.SendToConversationAsync(activity, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async Task<ResourceResponse> ReplyToActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return await FindAsync(activity, cancellationToken).ConfigureAwait(false) is { } conversation
            ? await connector.SendAsync(conversation, activity, cancellationToken).ConfigureAwait(false)
            : await inner.ReplyToActivityAsync(activity, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (await FindAsync(activity, cancellationToken).ConfigureAwait(false) is not { } conversation)
            return await inner.UpdateActivityAsync(activity, cancellationToken).ConfigureAwait(false);
        return await connector.UpdateAsync(conversation, activity, cancellationToken).ConfigureAwait(false)
            ?? throw NotFound("UpdateActivity");
    }

    /// <inheritdoc/>
    public async Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken = default)
    {
        if (await connector.FindAsync(serviceUrl, conversationId, cancellationToken).ConfigureAwait(false) is not { } conversation)
        {
            await inner.DeleteActivityAsync(serviceUrl, conversationId, activityId, cancellationToken).ConfigureAwait(false);
            return;
        }
        if (!await connector.DeleteAsync(conversation, activityId, cancellationToken).ConfigureAwait(false)) throw NotFound("DeleteActivity");
    }

    private Task<DirectLineConversation?> FindAsync(Activity activity, CancellationToken cancellationToken) =>
        connector.FindAsync(activity.ServiceUrl, activity.Conversation?.Id, cancellationToken);

    private static ConnectorException NotFound(string operation) =>
        new(operation, 404, "ActivityNotFoundInConversation", "The activity does not exist in the Direct Line conversation.", null);
}
