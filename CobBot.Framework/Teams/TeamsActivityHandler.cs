using CobBot.Framework.Builder;
using CobBot.Framework.Schema;

namespace CobBot.Framework.Teams;

/// <summary>
/// An <see cref="ActivityHandler"/> for Teams: strips the bot's own @mention from message text before
/// <see cref="ActivityHandler.OnTurnAsync"/> dispatches, and routes Teams conversationUpdates with their
/// typed <see cref="TeamsChannelData"/> (team, channel, eventType).
/// </summary>
public class TeamsActivityHandler : ActivityHandler
{
    /// <inheritdoc/>
    public override Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (turnContext.Activity.IsType(ActivityTypes.Message)) turnContext.Activity.RemoveRecipientMention();
        return base.OnTurnAsync(turnContext, cancellationToken);
    }

    /// <summary>On <c>msteams</c>, routes to the Teams handlers; elsewhere to the base handlers.</summary>
    protected override async Task OnConversationUpdateActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (activity.ChannelId != Channels.Msteams)
        {
            await base.OnConversationUpdateActivityAsync(turnContext, cancellationToken).ConfigureAwait(false);
            return;
        }

        var channelData = activity.GetTeamsChannelData() ?? new TeamsChannelData();
        var routed = false;
        if (activity.MembersAdded is { Count: > 0 } added)
        {
            await OnTeamsMembersAddedAsync(added, channelData, turnContext, cancellationToken).ConfigureAwait(false);
            routed = true;
        }
        if (activity.MembersRemoved is { Count: > 0 } removed)
        {
            await OnTeamsMembersRemovedAsync(removed, channelData, turnContext, cancellationToken).ConfigureAwait(false);
            routed = true;
        }
        if (!routed && channelData.EventType is not null)
            await OnTeamsConversationEventAsync(channelData, turnContext, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Members were added (personal install, group chat, or team with eventType <c>teamMemberAdded</c>);
    /// a member with the recipient's id is the bot itself. Defaults to <see cref="ActivityHandler.OnMembersAddedAsync"/>.
    /// </summary>
    protected virtual Task OnTeamsMembersAddedAsync(IList<ChannelAccount> membersAdded, TeamsChannelData channelData, ITurnContext turnContext, CancellationToken cancellationToken) =>
        OnMembersAddedAsync(membersAdded, turnContext, cancellationToken);

    /// <summary>Members were removed. Defaults to <see cref="ActivityHandler.OnMembersRemovedAsync"/>.</summary>
    protected virtual Task OnTeamsMembersRemovedAsync(IList<ChannelAccount> membersRemoved, TeamsChannelData channelData, ITurnContext turnContext, CancellationToken cancellationToken) =>
        OnMembersRemovedAsync(membersRemoved, turnContext, cancellationToken);

    /// <summary>A team or channel event without membership changes (<c>channelCreated</c>, <c>teamRenamed</c>, …).</summary>
    protected virtual Task OnTeamsConversationEventAsync(TeamsChannelData channelData, ITurnContext turnContext, CancellationToken cancellationToken) =>
        Task.CompletedTask;
}
