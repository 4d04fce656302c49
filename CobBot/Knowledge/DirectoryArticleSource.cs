namespace CobBot.Knowledge;

/// <summary>
/// Articles read from a folder of <c>*.md</c> files (<c>Knowledge:ArticlesPath</c>), so content can change
/// without a rebuild; the folder is re-read at every start.
/// </summary>
public sealed class DirectoryArticleSource(string path) : IArticleSource
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<ArticleDocument>> LoadAsync(CancellationToken cancellationToken = default)
    {
        var articles = new List<ArticleDocument>();
        foreach (var file in Directory.EnumerateFiles(path, "*.md").Order(StringComparer.Ordinal))
        {
            articles.Add(ArticleParser.Parse(await File.ReadAllTextAsync(file, cancellationToken), Path.GetFileName(file)));
        }

        return articles;
    }
}
