namespace CobBot.Knowledge;

/// <summary>What share of a question's telling words each article holds (<see cref="KnowledgeTermCoverage"/>).</summary>
/// <param name="Shares">Share per article id.</param>
/// <param name="Otherwise">Share of an article not in <paramref name="Shares"/>.</param>
public sealed record KnowledgeCoverage(IReadOnlyDictionary<string, double> Shares, double Otherwise)
{
    /// <summary>Every article holds every telling word (the question has none).</summary>
    public static KnowledgeCoverage Full { get; } = new(new Dictionary<string, double>(), 1);

    /// <summary>The share of the telling words that <paramref name="articleId"/> holds.</summary>
    public double Of(string articleId) => Shares.TryGetValue(articleId, out var share) ? share : Otherwise;
}
