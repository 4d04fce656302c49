using System.Security.Cryptography;
using System.Text.Json;
using CobBot.Company;
using CobBot.Framework.Builder;
using CobBot.Framework.Schema;
using CobBot.Handoff.Persistence;
using CobBot.Recognition;
using Microsoft.Extensions.Options;

namespace CobBot.Handoff;

/// <summary>
/// The bot's side of the human handoff. <see cref="EscalateAsync"/> starts one (queue or after-hours answer);
/// <see cref="TryRelayAsync"/>, called first on every message, keeps the bot silent while a person has the
/// conversation and reads the satisfaction rating afterwards; <see cref="HandleStatusAsync"/> honours
/// <c>handoff.status</c> events from a channel's agent hub. The agents' side is <see cref="AgentDesk"/>.
/// </summary>
public sealed partial class HandoffService(
    EscalationQueue queue,
    EscalationSummarizer summarizer,
    HandoffInitiation initiation,
    SupportHours hours,
    HandoffEvents events,
    EscalationRules rules,
    IEntityExtractor entities,
    IOptions<HandoffOptions> options,
    IOptions<CompanyOptions> company,
    TimeProvider timeProvider,
    ILogger<HandoffService> logger)
{
    private const string TicketAlphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    private readonly HandoffOptions _options = options.Value;
    private readonly string _emergencyPhone = company.Value.EmergencyPhone;

    /// <summary>
    /// Hands the conversation to a person. During support hours: records a queued escalation, tells the customer
    /// their place in the queue, sends <c>handoff.initiate</c> (not on Teams, which has no agent hub) and notifies
    /// the agent consoles. Outside them: records an after-hours escalation and tells the customer when agents are
    /// back and the number for critical issues; offering a callback or a Support Session is up to the caller
    /// (<c>HandoffDialog</c> does it). A conversation already waiting or with an agent is told where it stands.
    /// </summary>
    public async Task<EscalationOutcome> EscalateAsync(ITurnContext turnContext, EscalationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(request);
        var inbound = turnContext.Activity;
        var key = inbound.GetConversationKey();
        if (await queue.FindActiveAsync(key, cancellationToken) is { } active)
        {
            int? place = active.Status == EscalationStatus.Queued ? await queue.PositionAsync(active, cancellationToken) : null;
            await turnContext.SendActivityAsync(HandoffMessages.StillWaiting(place), cancellationToken: cancellationToken);
            return new EscalationOutcome(active.Id, true, place, null);
        }

        var now = timeProvider.GetUtcNow();
        var open = hours.IsOpen(now);
        var escalation = new Escalation
        {
            ConversationKey = key,
            ChannelId = inbound.ChannelId!,
            Reason = request.Reason,
            Topic = request.Topic,
            Skill = request.Skill,
            Priority = request.Priority,
            Status = open ? EscalationStatus.Queued : EscalationStatus.AfterHours,
            ConversationReferenceJson = SerializeReference(inbound),
            Summary = await summarizer.SummarizeAsync(key, request, cancellationToken),
            CreatedAt = now,
        };
        await queue.AddAsync(escalation, cancellationToken);
        logger.LogInformation("Escalation {EscalationId} raised on {ChannelId}: {Reason}, {Priority}, {Status}",
            escalation.Id, escalation.ChannelId, escalation.Reason, escalation.Priority, escalation.Status);

        if (!open)
        {
            var next = hours.NextOpening(now);
            var away = HandoffMessages.AgentsAway(next is { } at ? hours.Describe(at) : null, _emergencyPhone);
            await turnContext.SendActivityAsync(away, cancellationToken: cancellationToken);
            return new EscalationOutcome(escalation.Id, false, null, next);
        }

        var position = await queue.PositionAsync(escalation, cancellationToken);
        await turnContext.SendActivityAsync(HandoffMessages.Connecting(position), cancellationToken: cancellationToken);
        if (inbound.ChannelId != Channels.Msteams)
            await turnContext.SendActivityAsync(await initiation.CreateAsync(inbound, escalation, position, cancellationToken), cancellationToken);
        events.Publish(new HandoffEvent(HandoffEvent.QueueKind, escalation.Id, null));
        return new EscalationOutcome(escalation.Id, true, position, null);
    }

    /// <summary>
    /// Opens a callback ticket for an (after-hours) escalation. <paramref name="preferredTime"/> is kept as written and,
    /// when it names a date and a time, also as an instant in the support time zone. Returns the ticket.
    /// </summary>
    public async Task<CallbackRequest> RequestCallbackAsync(int escalationId, string phoneE164, string preferredTime, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(phoneE164);
        ArgumentException.ThrowIfNullOrWhiteSpace(preferredTime);
        var when = entities.Extract(preferredTime, hours.TimeZone);
        var callback = new CallbackRequest
        {
            EscalationId = escalationId,
            TicketNumber = "CB-" + RandomNumberGenerator.GetString(TicketAlphabet, 6),
            PhoneE164 = phoneE164,
            PreferredTime = preferredTime.Trim(),
            PreferredAt = when is { Date: { } date, Time: { } time } ? ToInstant(date.ToDateTime(time)) : null,
            CreatedAt = timeProvider.GetUtcNow(),
        };
        await queue.AddCallbackAsync(callback, cancellationToken);
        logger.LogInformation("Callback ticket {TicketNumber} opened for escalation {EscalationId}", callback.TicketNumber, escalationId);
        return callback;
    }

    private DateTimeOffset ToInstant(DateTime local) => new(local, hours.TimeZone.GetUtcOffset(local));

    private static string SerializeReference(Activity activity) =>
        JsonSerializer.Serialize(activity.GetConversationReference(), BotJson.Options);
}
