using CobBot.Data;
using CobBot.Knowledge.Embeddings;
using Microsoft.EntityFrameworkCore;

namespace CobBot.Knowledge;

/// <summary>
/// The sections, their vectors and the knowledge base's vocabulary, read from the database once and kept in memory
/// for the dense half of the search and the spelling pass. <see cref="KnowledgeSynchronizer"/> calls <see cref="Invalidate"/> after every sync, so the next search
/// reloads. Thread-safe.
/// </summary>
public sealed class KnowledgeSectionIndex(IDbContextFactory<CobBotDbContext> contextFactory)
{
    private volatile Task<KnowledgeIndexSnapshot>? sections;

    /// <summary>All embedded sections and the vocabulary; loaded on first use after a sync.</summary>
    public Task<KnowledgeIndexSnapshot> GetAsync()
    {
        var current = sections;
        if (current is null || current.IsFaulted || current.IsCanceled)
        {
            current = LoadAsync();
            sections = current;
        }

        return current;
    }

    /// <summary>Drops the cached sections; the next <see cref="GetAsync"/> reads them again.</summary>
    public void Invalidate() => sections = null;

    private async Task<KnowledgeIndexSnapshot> LoadAsync()
    {
        await using var db = await contextFactory.CreateDbContextAsync();
        var rows = await db.KnowledgeSections
            .Where(s => s.Embedding != null)
            .Join(db.KnowledgeArticles, s => s.ArticleId, a => a.Id, (s, a) => new { s.ArticleId, s.Ordinal, a.Title, a.Tags, s.Heading, s.Text, s.Embedding })
            .ToListAsync();
        var vocabulary = new KnowledgeVocabulary(rows.SelectMany(r => new[] { r.Heading, r.Text })
            .Concat(rows.DistinctBy(r => r.ArticleId).SelectMany(r => new[] { r.Title, r.Tags })));
        return new KnowledgeIndexSnapshot(
            [.. rows.Select(r => new IndexedSection(r.ArticleId, r.Ordinal, r.Title, r.Heading, r.Text, SectionEmbedding.FromBytes(r.Embedding!)))],
            vocabulary,
            new KnowledgeTermCoverage(rows.SelectMany(r => new[] { (r.ArticleId, r.Heading), (r.ArticleId, r.Text) })
                .Concat(rows.DistinctBy(r => r.ArticleId).SelectMany(r => new[] { (r.ArticleId, r.Title), (r.ArticleId, r.Tags) }))));
    }
}
