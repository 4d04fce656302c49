using CobBot.Handoff.Persistence;

namespace CobBot.Handoff.Api;

/// <summary>One transcript message (real text: agent/admin only).</summary>
/// <param name="Id">Its order in the conversation.</param>
/// <param name="Role">Customer, bot or agent.</param>
/// <param name="AgentName">For agent messages, who wrote it.</param>
/// <param name="Text">What was said.</param>
/// <param name="Timestamp">When it was recorded.</param>
public sealed record TranscriptEntryView(long Id, TranscriptRole Role, string? AgentName, string Text, DateTimeOffset Timestamp)
{
    /// <summary>The view of <paramref name="message"/>.</summary>
    public static TranscriptEntryView From(ConversationMessage message) =>
        new(message.Id, message.Role, message.AgentName, message.Text, message.Timestamp);
}
