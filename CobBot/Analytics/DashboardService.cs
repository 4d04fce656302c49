using CobBot.Data;
using CobBot.Recognition;
using Microsoft.EntityFrameworkCore;

namespace CobBot.Analytics;

/// <summary>Computes the <see cref="DashboardReport"/> from the recorded turns and knowledge feedback.</summary>
public sealed class DashboardService(IDbContextFactory<CobBotDbContext> contextFactory)
{
    /// <summary>The figures for the UTC days <paramref name="from"/> to <paramref name="to"/>, both included.</summary>
    public async Task<DashboardReport> GetAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);

        var turns = db.Set<TurnRecord>().Where(t => t.OccurredAt >= start && t.OccurredAt < end);
        var turnCount = await turns.CountAsync(cancellationToken);
        var conversations = await turns.Select(t => t.ConversationKeyHash).Distinct().CountAsync(cancellationToken);
        var perIntent = await turns.GroupBy(t => t.Intent).Select(g => new { Intent = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var sentiment = turnCount == 0 ? 0 : await turns.AverageAsync(t => t.Sentiment, cancellationToken);

        var feedback = db.KnowledgeFeedback.Where(f => f.CreatedAt >= start && f.CreatedAt < end);
        var helpful = await feedback.CountAsync(f => f.Helpful, cancellationToken);
        var notHelpful = await feedback.CountAsync(f => !f.Helpful, cancellationToken);

        var intents = Intents.All.ToDictionary(i => i, i => perIntent.FirstOrDefault(p => p.Intent == i)?.Count ?? 0);
        var answers = helpful + notHelpful;
        return new DashboardReport(from, to, conversations, turnCount, intents, Math.Round(sentiment, 3),
            new FeedbackSummary(helpful, notHelpful, answers == 0 ? 0 : Math.Round((double)helpful / answers, 3)));
    }
}
