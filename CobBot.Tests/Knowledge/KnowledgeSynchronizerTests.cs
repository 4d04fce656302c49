using CobBot.Knowledge;

namespace CobBot.Tests.Knowledge;

public class KnowledgeSynchronizerTests
{
    // These tests check the FTS index, not relevance: tiny corpora give tiny scores, so they rank lexically with no cut-off.
    private static readonly KnowledgeOptions NoCutOff = new() { Ranking = KnowledgeRanking.Lexical, MinimumScore = 0 };

    [Fact]
    public async Task Loading_the_shipped_articles_twice_changes_nothing()
    {
        await using var kb = await SeededKnowledgeBase.CreateAsync();
        var sections = await kb.Database.ScalarAsync("SELECT count(*) FROM KnowledgeSections");

        var second = await kb.SyncAsync();

        Assert.Equal(new KnowledgeSyncResult(0, 0, 0, (await new EmbeddedArticleSource().LoadAsync()).Count), second);
        Assert.Equal(sections, await kb.Database.ScalarAsync("SELECT count(*) FROM KnowledgeSections"));
        Assert.Equal(sections, await kb.Database.ScalarAsync("SELECT count(*) FROM KnowledgeSearch"));
    }

    [Fact]
    public async Task A_changed_article_is_reindexed()
    {
        using var folder = new ArticleFolder();
        folder.Write("parking", "Parking", "Visitors park in the zebracorn garage.");
        folder.Write("lunch", "Lunch", "The canteen serves soup.");
        await using var kb = await SeededKnowledgeBase.CreateAsync(new DirectoryArticleSource(folder.Path), NoCutOff);
        Assert.Equal("parking", Assert.Single(await kb.KnowledgeBase.SearchAsync("zebracorn", 5)).ArticleId);

        folder.Write("parking", "Parking", "Visitors park in the unicornfish lot.\n\n## Bicycles\nRacks by the door.");
        var result = await kb.SyncAsync();

        Assert.Equal(new KnowledgeSyncResult(0, 1, 0, 1), result);
        Assert.Empty(await kb.KnowledgeBase.SearchAsync("zebracorn", 5));
        var hit = Assert.Single(await kb.KnowledgeBase.SearchAsync("bicycles", 5));
        Assert.Equal(("parking", "Bicycles", "Racks by the door."), (hit.ArticleId, hit.Heading, hit.Text));
        Assert.Equal(3, await kb.Database.ScalarAsync("SELECT count(*) FROM KnowledgeSearch"));
    }

    [Fact]
    public async Task Reindexing_an_article_leaves_the_other_articles_scored_as_by_a_fresh_index()
    {
        // bm25 reads the index's row count and average length: re-indexed rows must leave them exact, or every content
        // change would shift every score (and the ranker's thresholds with them).
        using var folder = new ArticleFolder();
        folder.Write("parking", "Parking", "Visitors park in the zebracorn garage.");
        folder.Write("lunch", "Lunch", "The canteen serves soup.");
        await using var kb = await SeededKnowledgeBase.CreateAsync(new DirectoryArticleSource(folder.Path), NoCutOff);
        var fresh = Assert.Single(await kb.KnowledgeBase.SearchAsync("canteen", 5)).Score;

        foreach (var animal in new[] { "unicornfish", "zebracorn", "unicornfish" })
        {
            folder.Write("parking", "Parking", $"Visitors park in the {animal} garage.");
            await kb.SyncAsync();
        }

        Assert.Equal(fresh, Assert.Single(await kb.KnowledgeBase.SearchAsync("canteen", 5)).Score, 9);
    }

    [Fact]
    public async Task A_retitled_article_is_found_by_its_new_title()
    {
        using var folder = new ArticleFolder();
        folder.Write("parking", "Parking", "Visitors are welcome.");
        folder.Write("lunch", "Lunch", "The canteen serves soup.");
        await using var kb = await SeededKnowledgeBase.CreateAsync(new DirectoryArticleSource(folder.Path), NoCutOff);

        folder.Write("parking", "Garage", "Visitors are welcome.");
        await kb.SyncAsync();

        Assert.Equal("Garage", Assert.Single(await kb.KnowledgeBase.SearchAsync("garage", 5)).Title);
        Assert.Empty(await kb.KnowledgeBase.SearchAsync("parking", 5));
    }

    [Fact]
    public async Task A_removed_article_disappears_from_the_database_and_the_index()
    {
        using var folder = new ArticleFolder();
        folder.Write("parking", "Parking", "Visitors park in the zebracorn garage.");
        folder.Write("lunch", "Lunch", "The canteen serves soup.");
        await using var kb = await SeededKnowledgeBase.CreateAsync(new DirectoryArticleSource(folder.Path), NoCutOff);

        folder.Delete("parking");
        var result = await kb.SyncAsync();

        Assert.Equal(new KnowledgeSyncResult(0, 0, 1, 1), result);
        Assert.Empty(await kb.KnowledgeBase.SearchAsync("zebracorn", 5));
        Assert.Equal(1, await kb.Database.ScalarAsync("SELECT count(*) FROM KnowledgeArticles"));
        Assert.Equal(1, await kb.Database.ScalarAsync("SELECT count(*) FROM KnowledgeSearch"));
    }

    [Fact]
    public async Task Two_files_with_the_same_id_are_rejected()
    {
        using var folder = new ArticleFolder();
        folder.Write("parking", "Parking", "One.");
        File.WriteAllText(Path.Combine(folder.Path, "copy.md"), "---\nid: parking\ntitle: Copy\ncategory: Test\n---\nTwo.");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => SeededKnowledgeBase.CreateAsync(new DirectoryArticleSource(folder.Path)));

        Assert.Contains("'parking'", error.Message);
    }
}
