namespace CobBot.Knowledge;

/// <summary>The articles shipped inside the app assembly (<c>Knowledge/Resources/Articles/*.md</c>, embedded at build).</summary>
public sealed class EmbeddedArticleSource : IArticleSource
{
    private const string Prefix = "CobBot.Knowledge.Resources.Articles.";

    /// <inheritdoc />
    public async Task<IReadOnlyList<ArticleDocument>> LoadAsync(CancellationToken cancellationToken = default)
    {
        var assembly = typeof(EmbeddedArticleSource).Assembly;
        var articles = new List<ArticleDocument>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".md", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            await using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            articles.Add(ArticleParser.Parse(await reader.ReadToEndAsync(cancellationToken), name[Prefix.Length..]));
        }

        return articles;
    }
}
