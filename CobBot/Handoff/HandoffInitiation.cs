using System.Text.Json;
using System.Text.Json.Nodes;
using CobBot.Framework.Schema;
using CobBot.Handoff.Persistence;
using Microsoft.Extensions.Options;

namespace CobBot.Handoff;

/// <summary>
/// Builds the Bot Framework <c>handoff.initiate</c> event: routing context in <c>value</c>, the current conversation in
/// <c>relatesTo</c>, and the conversation so far as the <c>Transcript</c> attachment (<c>{ activities: [...] }</c>).
/// </summary>
public sealed class HandoffInitiation(ConversationTranscript transcript, IOptions<HandoffOptions> options)
{
    /// <summary>The event name.</summary>
    public const string EventName = "handoff.initiate";

    /// <summary>The event for <paramref name="escalation"/>, raised by the turn of <paramref name="inbound"/>.</summary>
    public async Task<Activity> CreateAsync(Activity inbound, Escalation escalation, int queuePosition, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        ArgumentNullException.ThrowIfNull(escalation);
        var reference = inbound.GetConversationReference();
        var messages = await transcript.ReadAsync(escalation.ConversationKey, options.Value.TranscriptAttachmentLimit, cancellationToken);
        var activities = new JsonArray([.. messages.Select(m => ToActivityJson(m, reference))]);
        return new Activity
        {
            Type = ActivityTypes.Event,
            Name = EventName,
            RelatesTo = reference,
            Value = new JsonObject
            {
                ["escalationId"] = escalation.Id,
                ["reason"] = escalation.Reason.ToString(),
                ["topic"] = escalation.Topic,
                ["skill"] = escalation.Skill,
                ["priority"] = escalation.Priority.ToString(),
                ["queuePosition"] = queuePosition,
            },
            Attachments =
            [
                new Attachment
                {
                    ContentType = "application/json",
                    Name = "Transcript",
                    Content = new JsonObject { ["activities"] = activities },
                },
            ],
        };
    }

    private static JsonNode? ToActivityJson(ConversationMessage message, ConversationReference reference)
    {
        var from = message.Role switch
        {
            TranscriptRole.Customer => reference.User,
            TranscriptRole.Agent => new ChannelAccount($"agent:{message.AgentName}", message.AgentName, RoleTypes.Bot),
            _ => reference.Bot,
        };
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Text = message.Text,
            Timestamp = message.Timestamp,
            From = from,
            Conversation = reference.Conversation,
            ChannelId = reference.ChannelId,
        };
        return JsonSerializer.SerializeToNode(activity, BotJson.Options);
    }
}
