using System.Text.Json;
using CobBot.Framework.Builder;
using CobBot.Framework.Schema;
using CobBot.Handoff.Persistence;

namespace CobBot.Handoff;

/// <summary>
/// The agents' side of the handoff: claim, reply, resolve, reassign. What reaches the customer is sent
/// proactively on their original channel (<see cref="BotAdapter.ContinueConversationAsync"/> with the stored
/// ConversationReference), so it is held, saved and delivered like any bot turn, and recorded in the transcript.
/// An agent only acts on queued escalations and their own; admins on all.
/// </summary>
public sealed class AgentDesk(EscalationQueue queue, BotAdapter adapter, HandoffEvents events, ILogger<AgentDesk> logger)
{
    /// <summary>Claims a queued escalation; the customer is told the agent joined.</summary>
    public async Task<ClaimResult> ClaimAsync(int id, AgentIdentity agent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(agent);
        var result = await queue.ClaimAsync(id, agent.Name, cancellationToken);
        if (result != ClaimResult.Claimed) return result;
        var escalation = await queue.GetAsync(id, cancellationToken);
        await SendAsync(escalation!, null, HandoffMessages.AgentJoined(agent.Name), cancellationToken);
        events.Publish(new HandoffEvent(HandoffEvent.QueueKind, id, agent.Name));
        logger.LogInformation("Escalation {EscalationId} claimed", id);
        return result;
    }

    /// <summary>Admin reassignment to <paramref name="agentName"/>; the customer is told the agent joined.</summary>
    public async Task<DeskResult> AssignAsync(int id, string agentName, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(agentName);
        if (await queue.GetAsync(id, cancellationToken) is null) return DeskResult.NotFound;
        if (!await queue.AssignAsync(id, agentName, cancellationToken)) return DeskResult.Closed;
        var escalation = await queue.GetAsync(id, cancellationToken);
        await SendAsync(escalation!, null, HandoffMessages.AgentJoined(agentName), cancellationToken);
        events.Publish(new HandoffEvent(HandoffEvent.QueueKind, id, agentName));
        logger.LogInformation("Escalation {EscalationId} reassigned", id);
        return DeskResult.Done;
    }

    /// <summary>Sends the agent's <paramref name="text"/> to the customer; only the assigned agent may.</summary>
    public async Task<DeskResult> ReplyAsync(int id, AgentIdentity agent, string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(agent);
        var escalation = await FindVisibleAsync(id, agent, cancellationToken);
        if (escalation is null) return DeskResult.NotFound;
        if (escalation.Status is not (EscalationStatus.Queued or EscalationStatus.Assigned)) return DeskResult.Closed;
        if (escalation.AssignedAgent != agent.Name) return DeskResult.NotClaimed;
        await SendAsync(escalation, new TranscriptAuthor(TranscriptRole.Agent, agent.Name), text, cancellationToken);
        events.Publish(new HandoffEvent(HandoffEvent.MessageKind, id, agent.Name));
        return DeskResult.Done;
    }

    /// <summary>
    /// Resolves the escalation (the assigned agent, or an admin): the bot resumes and asks the customer for a
    /// 1–5 rating, which <see cref="HandoffService.TryRelayAsync"/> stores from their next message.
    /// </summary>
    public async Task<DeskResult> ResolveAsync(int id, AgentIdentity agent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(agent);
        var escalation = await FindVisibleAsync(id, agent, cancellationToken);
        if (escalation is null) return DeskResult.NotFound;
        if (escalation.Status is not (EscalationStatus.Queued or EscalationStatus.Assigned)) return DeskResult.Closed;
        if (!agent.MayHandle(escalation.AssignedAgent)) return DeskResult.NotClaimed;
        if (!await queue.CloseAsync(id, EscalationStatus.Resolved, cancellationToken)) return DeskResult.Closed;

        var prompt = HandoffMessages.Resolved(escalation.AssignedAgent ?? agent.Name);
        await SendAsync(escalation, null, () => MessageFactory.SuggestedActions(HandoffMessages.RatingChoices, prompt), cancellationToken);
        events.Publish(new HandoffEvent(HandoffEvent.QueueKind, id, escalation.AssignedAgent));
        logger.LogInformation("Escalation {EscalationId} resolved", id);
        return DeskResult.Done;
    }

    /// <summary>The escalation when <paramref name="agent"/> may see it: queued, or assigned to them (any, for admins).</summary>
    public async Task<Escalation?> FindVisibleAsync(int id, AgentIdentity agent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(agent);
        var escalation = await queue.GetAsync(id, cancellationToken);
        var visible = escalation is not null && (escalation.Status == EscalationStatus.Queued || agent.MayHandle(escalation.AssignedAgent));
        return visible ? escalation : null;
    }

    private Task SendAsync(Escalation escalation, TranscriptAuthor? author, string text, CancellationToken cancellationToken) =>
        SendAsync(escalation, author, () => MessageFactory.Text(text), cancellationToken);

    /// <summary>Sends proactively; the message is built per attempt, since a turn whose state save conflicts runs again.</summary>
    private Task SendAsync(Escalation escalation, TranscriptAuthor? author, Func<Activity> createMessage, CancellationToken cancellationToken)
    {
        var reference = JsonSerializer.Deserialize<ConversationReference>(escalation.ConversationReferenceJson, BotJson.Options)
            ?? throw new InvalidOperationException($"Escalation {escalation.Id} has no conversation reference.");
        return adapter.ContinueConversationAsync(reference, async (turnContext, ct) =>
        {
            if (author is not null) turnContext.TurnState.Set(author);
            await turnContext.SendActivityAsync(createMessage(), ct);
        }, cancellationToken);
    }
}
