using CobBot.Framework.Builder;
using CobBot.Framework.State;
using CobBot.Recognition;

namespace CobBot.Handoff;

/// <summary>
/// The <see cref="EscalationPolicy"/> bound to a conversation: keeps its <see cref="EscalationCounters"/> in
/// conversation state (property <c>escalationCounters</c>), saved with the turn.
/// </summary>
public sealed class EscalationTracker(ConversationState conversationState, EscalationPolicy policy)
{
    private readonly IStatePropertyAccessor<EscalationCounters> _counters = conversationState.CreateProperty<EscalationCounters>("escalationCounters");

    /// <summary>
    /// Evaluates the turn's message with its recognition result; null when the bot should carry on. A message the bot
    /// <paramref name="declines"/> (out of scope, medical advice) does not count as a miss.
    /// </summary>
    public async Task<EscalationRequest?> EvaluateAsync(ITurnContext turnContext, RecognizerResult result, bool declines = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var counters = await _counters.GetAsync(turnContext, () => new EscalationCounters(), cancellationToken);
        var request = policy.Evaluate(result, turnContext.Activity.Text ?? "", counters, declines);
        await _counters.SetAsync(turnContext, counters, cancellationToken);
        return request;
    }

    /// <summary>For the knowledge dialog: the question could not be answered. Returns an escalation once misses reach the limit in a row.</summary>
    public async Task<EscalationRequest?> RecordNotUnderstoodAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        var counters = await _counters.GetAsync(turnContext, () => new EscalationCounters(), cancellationToken);
        var request = policy.RecordNotUnderstood(counters);
        await _counters.SetAsync(turnContext, counters, cancellationToken);
        return request;
    }

    /// <summary>For the knowledge dialog: the question was answered, which breaks a run of misses.</summary>
    public async Task RecordUnderstoodAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        var counters = await _counters.GetAsync(turnContext, () => new EscalationCounters(), cancellationToken);
        policy.RecordUnderstood(counters);
        await _counters.SetAsync(turnContext, counters, cancellationToken);
    }
}
