using CobBot.Data;
using CobBot.Knowledge.Embeddings;
using CobBot.Knowledge.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.AI;

namespace CobBot.Knowledge;

/// <summary>
/// Makes the knowledge tables match the <see cref="IArticleSource"/>: new articles are inserted, changed ones
/// (by content hash) re-sectioned, missing ones removed. The FTS5 index follows through triggers. Sections whose
/// embedding fingerprint (model id + text) no longer matches are re-embedded, and the in-memory vector index is
/// invalidated after the commit so no search sees stale vectors.
/// </summary>
public sealed class KnowledgeSynchronizer(
    IArticleSource source,
    IEmbeddingGenerator<string, Embedding<float>> embedder,
    KnowledgeSectionIndex index,
    TimeProvider timeProvider,
    ILogger<KnowledgeSynchronizer> logger) : IDataSeeder
{
    /// <inheritdoc />
    public Task SeedAsync(CobBotDbContext db, CancellationToken cancellationToken = default) => SyncAsync(db, cancellationToken);

    /// <summary>Synchronises the articles in one transaction and reports what changed.</summary>
    /// <exception cref="InvalidOperationException">Two article files share an id.</exception>
    public async Task<KnowledgeSyncResult> SyncAsync(CobBotDbContext db, CancellationToken cancellationToken = default)
    {
        var documents = await source.LoadAsync(cancellationToken);
        if (documents.GroupBy(d => d.Id).FirstOrDefault(g => g.Count() > 1) is { } duplicate)
        {
            throw new InvalidOperationException($"Two knowledge articles share the id '{duplicate.Key}'.");
        }

        var now = timeProvider.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var existing = await db.KnowledgeArticles.ToDictionaryAsync(a => a.Id, cancellationToken);
        int added = 0, updated = 0;
        foreach (var document in documents)
        {
            if (!existing.Remove(document.Id, out var article))
            {
                article = new KnowledgeArticle { Id = document.Id, Title = "", Category = "", Tags = "", Body = "", ContentHash = "" };
                db.KnowledgeArticles.Add(article);
                added++;
            }
            else if (article.ContentHash != document.ContentHash)
            {
                await db.KnowledgeSections.Where(s => s.ArticleId == document.Id).ExecuteDeleteAsync(cancellationToken);
                updated++;
            }
            else
            {
                continue;
            }

            Apply(document, article, now);
        }

        // Whatever is left in 'existing' has no file any more.
        var removed = existing.Keys.ToList();
        await db.KnowledgeSections.Where(s => removed.Contains(s.ArticleId)).ExecuteDeleteAsync(cancellationToken);
        await db.KnowledgeArticles.Where(a => removed.Contains(a.Id)).ExecuteDeleteAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        var embedded = await EmbedStaleSectionsAsync(db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        index.Invalidate();

        var result = new KnowledgeSyncResult(added, updated, removed.Count, documents.Count - added - updated);
        logger.LogInformation("Knowledge articles synchronised: {Added} added, {Updated} updated, {Removed} removed, {Unchanged} unchanged; {Embedded} sections embedded",
            result.Added, result.Updated, result.Removed, result.Unchanged, embedded);
        return result;
    }

    private async Task<int> EmbedStaleSectionsAsync(CobBotDbContext db, CancellationToken cancellationToken)
    {
        var modelId = embedder.GetService<EmbeddingGeneratorMetadata>()?.DefaultModelId
            ?? throw new InvalidOperationException("The embedding generator names no model id.");
        var articles = await db.KnowledgeArticles.ToDictionaryAsync(a => a.Id, cancellationToken);
        var stale = (await db.KnowledgeSections.ToListAsync(cancellationToken))
            .Select(s => (Section: s, Text: SectionEmbedding.Text(articles[s.ArticleId].Title, s.Heading, s.Text, articles[s.ArticleId].Tags)))
            .Select(s => (s.Section, s.Text, Fingerprint: SectionEmbedding.Fingerprint(modelId, s.Text)))
            .Where(s => s.Section.EmbeddingFingerprint != s.Fingerprint)
            .ToList();
        if (stale.Count == 0)
        {
            return 0;
        }

        var vectors = await embedder.GenerateAsync(stale.Select(s => s.Text), cancellationToken: cancellationToken);
        for (var i = 0; i < stale.Count; i++)
        {
            stale[i].Section.Embedding = SectionEmbedding.ToBytes(vectors[i].Vector.Span);
            stale[i].Section.EmbeddingFingerprint = stale[i].Fingerprint;
        }

        await db.SaveChangesAsync(cancellationToken);
        return stale.Count;
    }

    private static void Apply(ArticleDocument document, KnowledgeArticle article, DateTimeOffset now)
    {
        article.Title = document.Title;
        article.Category = document.Category;
        article.Tags = string.Join(", ", document.Tags);
        article.Body = document.Body;
        article.ContentHash = document.ContentHash;
        article.UpdatedAt = now;
        article.Sections.AddRange(document.Sections.Select((s, i) =>
            new KnowledgeSection { ArticleId = document.Id, Ordinal = i, Heading = s.Heading, Text = s.Text }));
    }
}
