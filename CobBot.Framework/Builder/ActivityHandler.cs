using CobBot.Framework.Schema;

namespace CobBot.Framework.Builder;

/// <summary>
/// An <see cref="IBot"/> that dispatches each activity type to a virtual handler; override the ones the bot
/// needs. Every handler does nothing by default, and an invoke nobody answers gets HTTP 501.
/// </summary>
public partial class ActivityHandler : IBot
{
    /// <summary>The event name of a live-agent handoff status update.</summary>
    public const string HandoffStatusEventName = "handoff.status";

    /// <summary>Dispatches the activity by its type.</summary>
    public virtual Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.Activity.Type switch
        {
            ActivityTypes.Message => OnMessageActivityAsync(turnContext, cancellationToken),
            ActivityTypes.ConversationUpdate => OnConversationUpdateActivityAsync(turnContext, cancellationToken),
            ActivityTypes.Event => OnEventActivityAsync(turnContext, cancellationToken),
            ActivityTypes.Invoke => AnswerInvokeAsync(turnContext, cancellationToken),
            ActivityTypes.InstallationUpdate => OnInstallationUpdateActivityAsync(turnContext, cancellationToken),
            ActivityTypes.MessageReaction => OnMessageReactionActivityAsync(turnContext, cancellationToken),
            ActivityTypes.EndOfConversation => OnEndOfConversationActivityAsync(turnContext, cancellationToken),
            ActivityTypes.Typing => OnTypingActivityAsync(turnContext, cancellationToken),
            _ => OnUnrecognizedActivityTypeAsync(turnContext, cancellationToken),
        };
    }

    /// <summary>A message from the user (card submits arrive here too, with <c>value</c>).</summary>
    protected virtual Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Membership changed; calls <see cref="OnMembersAddedAsync"/> and <see cref="OnMembersRemovedAsync"/>.</summary>
    protected virtual async Task OnConversationUpdateActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (activity.MembersAdded is { Count: > 0 } added)
            await OnMembersAddedAsync(added, turnContext, cancellationToken).ConfigureAwait(false);
        if (activity.MembersRemoved is { Count: > 0 } removed)
            await OnMembersRemovedAsync(removed, turnContext, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Members joined. A member whose id equals <c>turnContext.Activity.Recipient.Id</c> is the bot itself
    /// being added — the welcome hook for channels that add the bot and the user separately.
    /// </summary>
    protected virtual Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Members left; a member with the recipient's id is the bot itself.</summary>
    protected virtual Task OnMembersRemovedAsync(IList<ChannelAccount> membersRemoved, ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>An event; <c>handoff.status</c> goes to <see cref="OnHandoffStatusAsync"/>, others to <see cref="OnEventAsync"/>.</summary>
    protected virtual Task OnEventActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        turnContext.Activity.Name == HandoffStatusEventName
            ? OnHandoffStatusAsync(turnContext, cancellationToken)
            : OnEventAsync(turnContext, cancellationToken);

    /// <summary>A named event other than <c>handoff.status</c> (including proactive <c>ContinueConversation</c>).</summary>
    protected virtual Task OnEventAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The agent hub reports a handoff's state in <c>value.state</c>: accepted, failed or completed.</summary>
    protected virtual Task OnHandoffStatusAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The bot was installed or uninstalled; routes on <c>action</c> (the <c>-upgrade</c> variants included).</summary>
    protected virtual Task OnInstallationUpdateActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        turnContext.Activity.Action switch
        {
            "add" or "add-upgrade" => OnInstallationUpdateAddAsync(turnContext, cancellationToken),
            "remove" or "remove-upgrade" => OnInstallationUpdateRemoveAsync(turnContext, cancellationToken),
            _ => Task.CompletedTask,
        };

    /// <summary>The bot was installed (<c>add</c> or <c>add-upgrade</c>).</summary>
    protected virtual Task OnInstallationUpdateAddAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The bot was uninstalled (<c>remove</c> or <c>remove-upgrade</c>).</summary>
    protected virtual Task OnInstallationUpdateRemoveAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Reactions were added or removed on the message named by <c>replyToId</c>.</summary>
    protected virtual Task OnMessageReactionActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The conversation ended (few channels send this).</summary>
    protected virtual Task OnEndOfConversationActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The user is typing.</summary>
    protected virtual Task OnTypingActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Any other type, including ones newer than this code; ignored per the protocol.</summary>
    protected virtual Task OnUnrecognizedActivityTypeAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;
}
