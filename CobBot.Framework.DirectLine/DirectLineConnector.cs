using CobBot.Framework.Builder;
using CobBot.Framework.Schema;

namespace CobBot.Framework.DirectLine;

/// <summary>
/// The Connector face of the Direct Line server: what the bot sends to a conversation of this server is stamped
/// (id, timestamp, channel) and appended to the conversation log, which wakes the client's stream; typing goes
/// to the open stream only. Used in process by <see cref="DirectLineConnectorClient"/> and over HTTP by the
/// Connector endpoints under <c>{serviceUrl}v3/conversations</c>.
/// </summary>
public sealed class DirectLineConnector
{
    /// <summary>The path, under the public base URL, of the <c>serviceUrl</c> stamped on Direct Line activities.</summary>
    public const string ServicePath = "/v3/directline/connector/";

    private readonly IDirectLineStore _store;
    private readonly DirectLineStreams _streams;

    internal DirectLineConnector(IDirectLineStore store, DirectLineStreams streams)
    {
        _store = store;
        _streams = streams;
    }

    /// <summary>
    /// The conversation of this server that <paramref name="serviceUrl"/> and <paramref name="conversationId"/>
    /// address, or null when they belong to another channel.
    /// </summary>
    public async Task<DirectLineConversation?> FindAsync(string? serviceUrl, string? conversationId, CancellationToken cancellationToken = default)
    {
        if (serviceUrl is null || conversationId is null || !serviceUrl.EndsWith(ServicePath, StringComparison.OrdinalIgnoreCase)) return null;
        var conversation = await GetConversationAsync(conversationId, cancellationToken).ConfigureAwait(false);
        return conversation is not null && string.Equals(conversation.ServiceUrl, serviceUrl, StringComparison.OrdinalIgnoreCase) ? conversation : null;
    }

    /// <summary>The conversation of this server with that id, or null.</summary>
    public Task<DirectLineConversation?> GetConversationAsync(string conversationId, CancellationToken cancellationToken = default) =>
        _store.GetConversationAsync(conversationId, cancellationToken);

    /// <summary>Send to Conversation / Reply to Activity: appends and returns the assigned id (typing gets none).</summary>
    public async Task<ResourceResponse> SendAsync(DirectLineConversation conversation, Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        var copy = Stamp(conversation, activity);
        copy.Id = null;
        copy.Timestamp = null;
        if (copy.IsType(ActivityTypes.Typing))
        {
            _streams.PublishEphemeral(conversation.Id, copy);
            return new ResourceResponse();
        }
        var stored = await _store.AppendAsync(conversation.Id, copy, cancellationToken).ConfigureAwait(false);
        _streams.NotifyAppended(conversation.Id, stored);
        return new ResourceResponse(stored.Id);
    }

    /// <summary>Update Activity: replaces the activity (same id, new watermark); null when it does not exist.</summary>
    public async Task<ResourceResponse?> UpdateAsync(DirectLineConversation conversation, Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        var replaced = await _store.ReplaceAsync(conversation.Id, Stamp(conversation, activity), cancellationToken).ConfigureAwait(false);
        if (replaced is null) return null;
        _streams.NotifyChanged(conversation.Id);
        return new ResourceResponse(replaced.Id);
    }

    /// <summary>Delete Activity: removes it from the log (clients that already received it keep showing it); false when unknown.</summary>
    public Task<bool> DeleteAsync(DirectLineConversation conversation, string activityId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        return _store.DeleteAsync(conversation.Id, activityId, cancellationToken);
    }

    private static Activity Stamp(DirectLineConversation conversation, Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var copy = activity.DeepClone();
        copy.ChannelId = Channels.Directline;
        copy.Conversation = new ConversationAccount(conversation.Id);
        copy.ServiceUrl = null;
        if (copy.From is { Role: null } from) from.Role = RoleTypes.Bot;
        return copy;
    }
}
