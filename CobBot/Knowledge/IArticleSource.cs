namespace CobBot.Knowledge;

/// <summary>Where the knowledge articles come from.</summary>
public interface IArticleSource
{
    /// <summary>Reads and parses every article.</summary>
    Task<IReadOnlyList<ArticleDocument>> LoadAsync(CancellationToken cancellationToken = default);
}
