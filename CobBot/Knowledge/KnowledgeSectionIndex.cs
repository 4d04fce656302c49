using CobBot.Data;
using CobBot.Knowledge.Embeddings;
using Microsoft.EntityFrameworkCore;

namespace CobBot.Knowledge;

/// <summary>
/// The sections and their vectors, read from the database once and kept in memory for the dense half of the
/// search. <see cref="KnowledgeSynchronizer"/> calls <see cref="Invalidate"/> after every sync, so the next search
/// reloads. Thread-safe.
/// </summary>
public sealed class KnowledgeSectionIndex(IDbContextFactory<CobBotDbContext> contextFactory)
{
    private volatile Task<IReadOnlyList<IndexedSection>>? sections;

    /// <summary>All embedded sections; loaded on first use after a sync.</summary>
    public Task<IReadOnlyList<IndexedSection>> GetAsync()
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

    private async Task<IReadOnlyList<IndexedSection>> LoadAsync()
    {
        await using var db = await contextFactory.CreateDbContextAsync();
        var rows = await db.KnowledgeSections
            .Where(s => s.Embedding != null)
            .Join(db.KnowledgeArticles, s => s.ArticleId, a => a.Id, (s, a) => new { s.ArticleId, s.Ordinal, a.Title, s.Heading, s.Text, s.Embedding })
            .ToListAsync();
        return [.. rows.Select(r => new IndexedSection(r.ArticleId, r.Ordinal, r.Title, r.Heading, r.Text, SectionEmbedding.FromBytes(r.Embedding!)))];
    }
}
