namespace CobBot.Knowledge;

/// <summary>
/// Fuses the lexical and dense signals of <see cref="KnowledgeCandidates"/> into at most one passage per article,
/// best first, per <see cref="KnowledgeOptions.Ranking"/>. Pure, so the evaluation can replay one search under
/// several settings.
/// </summary>
public static class KnowledgeRanker
{
    /// <summary>Up to <paramref name="top"/> passages, or none when nothing clears the relevance cut-off.</summary>
    public static IReadOnlyList<KnowledgePassage> Rank(KnowledgeCandidates candidates, KnowledgeOptions options, int top)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(top);
        return options.Ranking switch
        {
            KnowledgeRanking.Lexical => Lexical(candidates, options, top),
            KnowledgeRanking.ReciprocalRank => Fused(candidates, top, c => ReciprocalRank(c, options),
                best => best.Cosine >= options.DenseThreshold || best.Score >= options.StrongScore),
            KnowledgeRanking.Calibrated => Fused(candidates, top, c => Calibrated(c, options),
                best => IsCalibratedRelevant(Calibrated(best, options), candidates.CoverageOf(best.ArticleId), candidates, options)),
            _ => throw new ArgumentOutOfRangeException(nameof(options), options.Ranking, "Unknown ranking."),
        };
    }

    /// <summary>The fused score of one section under <see cref="KnowledgeRanking.Calibrated"/>.</summary>
    public static double Calibrated(KnowledgeCandidate candidate, KnowledgeOptions options) =>
        (options.DenseWeight * candidate.Cosine)
        + ((1 - options.DenseWeight) * (candidate.Score / (candidate.Score + options.LexicalHalfScore)));

    /// <summary>
    /// Whether the best fused score <paramref name="best"/> answers under <see cref="KnowledgeRanking.Calibrated"/>: it
    /// reaches <see cref="KnowledgeOptions.CalibratedThreshold"/> and either most of the question's words occur in the
    /// knowledge base or it reaches <see cref="KnowledgeOptions.CalibratedStrongThreshold"/> ("will it rain in New
    /// York" shares a word or two with the articles and little else); and the score plus
    /// <see cref="KnowledgeOptions.CoverageWeight"/> times <paramref name="coverage"/>, the share of the question's telling
    /// words the best article holds (<see cref="KnowledgeTermCoverage"/>), reaches <see cref="KnowledgeOptions.CoveredThreshold"/>
    /// ("does COB offer employee benefits" is close to the benefits-verification article, which says nothing of employees).
    /// </summary>
    public static bool IsCalibratedRelevant(double best, double coverage, KnowledgeCandidates candidates, KnowledgeOptions options) =>
        best >= options.CalibratedThreshold
        && (candidates.KnownTerms * 2 > candidates.TermCount || best >= options.CalibratedStrongThreshold)
        && best + (options.CoverageWeight * coverage) >= options.CoveredThreshold;

    private static double ReciprocalRank(KnowledgeCandidate candidate, KnowledgeOptions options) =>
        (1.0 / (options.ReciprocalRankK + candidate.DenseRank))
        + (candidate.LexicalRank is { } rank ? 1.0 / (options.ReciprocalRankK + rank) : 0);

    private static List<KnowledgePassage> Fused(
        KnowledgeCandidates candidates, int top, Func<KnowledgeCandidate, double> score, Func<KnowledgeCandidate, bool> relevant)
    {
        var articles = candidates.Sections
            .GroupBy(c => c.ArticleId)
            .Select(article => article.Select(c => (Candidate: c, Score: score(c))).MaxBy(c => c.Score))
            .OrderByDescending(a => a.Score)
            .ToList();
        if (articles.Count == 0 || !relevant(articles[0].Candidate))
        {
            return [];
        }

        return [.. articles.Take(top).Select(a => Passage(a.Candidate, a.Score))];
    }

    private static List<KnowledgePassage> Lexical(KnowledgeCandidates candidates, KnowledgeOptions settings, int top)
    {
        var unknownTerms = candidates.TermCount - candidates.KnownTerms;
        return [.. candidates.Sections
            .Where(r => r.LexicalRank is not null)
            .GroupBy(r => r.ArticleId)
            .Select(article => (
                Score: article.Max(r => r.Score),
                Matched: article.Max(r => r.MatchedTerms),
                // Title and tags are shared by all sections: the section with most of the question's words
                // answers, the introduction on a tie, then the section whose own text matches best.
                Passage: article
                    .OrderByDescending(r => r.MatchedTerms)
                    .ThenBy(r => r.Ordinal == 0 ? 0 : 1)
                    .ThenByDescending(r => r.PassageScore)
                    .ThenBy(r => r.Ordinal)
                    .First()))
            .Where(a => a.Score >= settings.MinimumScore
                && (a.Score >= settings.StrongScore || (a.Matched * 2 >= candidates.TermCount && a.Matched > unknownTerms)))
            .OrderByDescending(a => a.Score)
            .Take(top)
            .Select(a => Passage(a.Passage, a.Score))];
    }

    private static KnowledgePassage Passage(KnowledgeCandidate c, double score) => new(c.ArticleId, c.Title, c.Heading, c.Text, score);
}
