using CobBot.Data;
using Microsoft.EntityFrameworkCore;

namespace CobBot.Handoff.Persistence;

/// <summary>The agent-facing transcript store: real message text per conversation, in order.</summary>
public sealed class ConversationTranscript(IDbContextFactory<CobBotDbContext> dbFactory, BatchedDbWriter writer, TimeProvider timeProvider)
{
    /// <summary>Longer texts are cut to this many characters.</summary>
    public const int MaxTextLength = 4000;

    /// <summary>Appends messages in the given order, stamped now; returns when they are stored (<see cref="BatchedDbWriter"/>).</summary>
    public Task AppendAsync(string conversationKey, IEnumerable<(TranscriptRole Role, string? AgentName, string Text)> messages, CancellationToken cancellationToken = default)
    {
        var now = timeProvider.GetUtcNow();
        List<object> rows = [.. messages.Select(m => new ConversationMessage
        {
            ConversationKey = conversationKey,
            Role = m.Role,
            AgentName = m.AgentName,
            Text = m.Text.Length > MaxTextLength ? m.Text[..MaxTextLength] : m.Text,
            Timestamp = now,
        })];
        return writer.InsertAsync(rows, cancellationToken);
    }

    /// <summary>The last <paramref name="limit"/> messages of a conversation, oldest first.</summary>
    public async Task<IReadOnlyList<ConversationMessage>> ReadAsync(string conversationKey, int limit, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var latest = await db.ConversationMessages.AsNoTracking()
            .Where(m => m.ConversationKey == conversationKey)
            .OrderByDescending(m => m.Id)
            .Take(limit)
            .ToListAsync(cancellationToken);
        latest.Reverse();
        return latest;
    }
}
