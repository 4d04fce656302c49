using CobBot.Knowledge;

namespace CobBot.Operations.Telemetry;

/// <summary>Counts knowledge searches as hits (at least one passage) or misses.</summary>
public sealed class MeasuredKnowledgeBase(IKnowledgeBase inner, CobBotMetrics metrics) : IKnowledgeBase
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<KnowledgePassage>> SearchAsync(string query, int top, CancellationToken cancellationToken = default)
    {
        var passages = await inner.SearchAsync(query, top, cancellationToken);
        metrics.KnowledgeSearch(passages.Count > 0);
        return passages;
    }

    /// <inheritdoc />
    public Task RecordFeedbackAsync(string articleId, bool helpful, string conversationKey, CancellationToken cancellationToken = default) =>
        inner.RecordFeedbackAsync(articleId, helpful, conversationKey, cancellationToken);
}
