using CobBot.Data;
using CobBot.Knowledge.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CobBot.Knowledge;

/// <summary>
/// Makes the knowledge tables match the <see cref="IArticleSource"/>: new articles are inserted, changed ones
/// (by content hash) re-sectioned, missing ones removed. The FTS5 index follows through triggers.
/// </summary>
public sealed class KnowledgeSynchronizer(IArticleSource source, TimeProvider timeProvider, ILogger<KnowledgeSynchronizer> logger) : IDataSeeder
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
        await transaction.CommitAsync(cancellationToken);

        var result = new KnowledgeSyncResult(added, updated, removed.Count, documents.Count - added - updated);
        logger.LogInformation("Knowledge articles synchronised: {Added} added, {Updated} updated, {Removed} removed, {Unchanged} unchanged",
            result.Added, result.Updated, result.Removed, result.Unchanged);
        return result;
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
