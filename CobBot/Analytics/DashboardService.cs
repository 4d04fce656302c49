using CobBot.Analytics.Persistence;
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

        // EF cannot compare DateTimeOffset columns on SQLite. Feedback times are stored in UTC in one text format
        // ("yyyy-MM-dd HH:mm:ss.FFFFFFF+00:00", the parameters' format too), where text order is time order; on
        // PostgreSQL they are timestamptz. The cast keeps the count a 32-bit integer on both.
        var feedback = await db.Database.SqlQuery<FeedbackCount>($"""
            SELECT "Helpful", CAST(COUNT(*) AS INTEGER) AS "Count" FROM "KnowledgeFeedback"
            WHERE "CreatedAt" >= {start} AND "CreatedAt" < {end}
            GROUP BY "Helpful"
            """).ToListAsync(cancellationToken);
        var helpful = feedback.Where(f => f.Helpful).Sum(f => f.Count);
        var notHelpful = feedback.Where(f => !f.Helpful).Sum(f => f.Count);

        var intents = Intents.All.ToDictionary(i => i, i => perIntent.FirstOrDefault(p => p.Intent == i)?.Count ?? 0);
        var answers = helpful + notHelpful;
        return new DashboardReport(from, to, conversations, turnCount, intents, Math.Round(sentiment, 3),
            new FeedbackSummary(helpful, notHelpful, answers == 0 ? 0 : Math.Round((double)helpful / answers, 3)));
    }

    private sealed class FeedbackCount
    {
        public bool Helpful { get; set; }

        public int Count { get; set; }
    }
}
