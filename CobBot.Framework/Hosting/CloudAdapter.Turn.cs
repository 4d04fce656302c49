using CobBot.Framework.Authentication;
using CobBot.Framework.Builder;
using CobBot.Framework.Schema;
using CobBot.Framework.State;
using Microsoft.Extensions.Logging;

namespace CobBot.Framework.Hosting;

public sealed partial class CloudAdapter
{
    /// <summary>
    /// Runs <paramref name="callback"/> proactively in an existing conversation (a synthetic
    /// <c>ContinueConversation</c> event), with the same serialisation, state save and held replies as an
    /// inbound turn; replies go through the Connector. The callback may run more than once if its state
    /// save conflicts with another instance. Do not await it from a turn of the same conversation.
    /// </summary>
    public override async Task ContinueConversationAsync(ConversationReference reference, BotCallbackHandler callback, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(callback);
        await RunTurnAsync(CreateContinueConversationActivity(reference), caller: null, callback, isInbound: false, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The turn transaction: lock the conversation, then per attempt run the pipeline on a fresh copy of the
    /// activity and fresh turn state, record the activity id, save all states atomically, and only then
    /// release the held replies. A conflicting save discards the attempt (and its replies) and tries again. Replies
    /// of an inbound turn that cannot be delivered after the save are kept in conversation state and delivered first
    /// on the channel's retry (which is otherwise ignored as a redelivery) or the next activity.
    /// </summary>
    private async Task<InvokeResponse?> RunTurnAsync(Activity activity, BotCaller? caller, BotCallbackHandler callback, bool isInbound, CancellationToken cancellationToken)
    {
        var snapshot = BotJson.Serialize(activity);
        var expectReplies = isInbound && activity.DeliveryMode == DeliveryModes.ExpectReplies;
        using var conversationLock = await ConversationLocks.AcquireAsync(activity.GetConversationKey(), cancellationToken).ConfigureAwait(false);

        for (var attempt = 1; ; attempt++)
        {
            var outbox = new TurnOutbox(expectReplies);
            var turnContext = new TurnContext(this, BotJson.Deserialize(snapshot)!);
            turnContext.TurnState.Set(outbox);
            if (caller is not null) turnContext.TurnState.Set(caller);
            InvokeResponse? response;
            try
            {
                if (isInbound) await DeliverUndeliveredAsync(turnContext, cancellationToken).ConfigureAwait(false);
                if (isInbound && await _deduplicator.IsDuplicateAsync(turnContext, cancellationToken).ConfigureAwait(false))
                {
                    _logger.LogInformation("Answered a redelivered {ActivityType} {ActivityId} on {ChannelId} without running it again.",
                        activity.Type, activity.Id, activity.ChannelId);
                    return await _deduplicator.RecordedResponseAsync(turnContext, cancellationToken).ConfigureAwait(false);
                }
                await RunPipelineAsync(turnContext, callback, cancellationToken).ConfigureAwait(false);
                response = outbox.CreateResponse(activity);
                if (isInbound) await _deduplicator.RecordAsync(turnContext, response, cancellationToken).ConfigureAwait(false);
                await _states.SaveAllChangesAsync(turnContext, cancellationToken: cancellationToken).ConfigureAwait(false);
            }
            catch (ETagConflictException) when (attempt < _options.MaxTurnAttempts)
            {
                _logger.LogInformation("State of a {ChannelId} conversation changed during attempt {Attempt}; re-running the turn.", activity.ChannelId, attempt);
                continue;
            }
            try
            {
                await outbox.ReleaseAsync(DeliverAsync, cancellationToken).ConfigureAwait(false);
            }
            catch (TurnDeliveryException failed) when (isInbound)
            {
                await KeepUndeliveredAsync(turnContext, failed).ConfigureAwait(false);
                throw;
            }
            return response;
        }
    }

    /// <summary>Makes the calls an earlier turn of this conversation left undelivered, and saves that they are done.</summary>
    private async Task DeliverUndeliveredAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (await _undelivered.TakeAsync(turnContext, cancellationToken).ConfigureAwait(false) is not { } kept) return;
        try
        {
            await TurnOutbox.DeliverAllAsync(kept, DeliverAsync, cancellationToken).ConfigureAwait(false);
        }
        catch (TurnDeliveryException failed)
        {
            await KeepUndeliveredAsync(turnContext, failed).ConfigureAwait(false);
            throw;
        }
        await _states.SaveAllChangesAsync(turnContext, cancellationToken: cancellationToken).ConfigureAwait(false);
        _logger.LogInformation("Delivered {Count} reply operation(s) an earlier turn of a {ChannelId} conversation left undelivered.",
            kept.Count, turnContext.Activity.ChannelId);
    }

    /// <summary>Saves the calls a delivery left over (even when the request was cancelled), so they are not lost.</summary>
    private async Task KeepUndeliveredAsync(ITurnContext turnContext, TurnDeliveryException failed)
    {
        try
        {
            await _undelivered.KeepAsync(turnContext, failed.Undelivered, CancellationToken.None).ConfigureAwait(false);
            await _states.SaveAllChangesAsync(turnContext, cancellationToken: CancellationToken.None).ConfigureAwait(false);
            _logger.LogWarning("{Count} reply operation(s) of a {ChannelId} conversation could not be delivered; kept for the channel's retry.",
                failed.Undelivered.Count, turnContext.Activity.ChannelId);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _logger.LogError("{Count} reply operation(s) of a {ChannelId} conversation could not be delivered nor kept: {Reason}",
                failed.Undelivered.Count, turnContext.Activity.ChannelId, ExceptionText.Describe(ex));
        }
    }
}
