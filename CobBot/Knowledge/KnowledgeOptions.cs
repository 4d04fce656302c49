namespace CobBot.Knowledge;

/// <summary>Settings of the <c>Knowledge</c> configuration section.</summary>
public sealed class KnowledgeOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Knowledge";

    /// <summary>
    /// Optional folder of article files (relative to the content root) that replaces the articles embedded
    /// in the app; empty means the embedded ones.
    /// </summary>
    public string? ArticlesPath { get; set; }

    /// <summary>
    /// Relevance floor: articles whose score (negated bm25) is below this are never returned, so unrelated
    /// questions get no answer instead of a weak one.
    /// </summary>
    public double MinimumScore { get; set; } = 3.0;

    /// <summary>
    /// Above <see cref="MinimumScore"/>, an article must also contain at least half of the question's terms,
    /// and more of them than the question has words unknown to the whole knowledge base ("weather",
    /// "football") — unless it scores this much (a long question whose key words match strongly).
    /// </summary>
    public double StrongScore { get; set; } = 8.0;

    /// <summary>How lexical and dense results are fused; see <see cref="KnowledgeRanking"/>.</summary>
    public KnowledgeRanking Ranking { get; set; } = KnowledgeRanking.Calibrated;

    /// <summary>Weight of the cosine similarity in <see cref="KnowledgeRanking.Calibrated"/> (the rest is BM25's).</summary>
    public double DenseWeight { get; set; } = 0.40;

    /// <summary>BM25 score that <see cref="KnowledgeRanking.Calibrated"/> maps to 0.5 (<c>s / (s + half)</c>).</summary>
    public double LexicalHalfScore { get; set; } = 5.0;

    /// <summary>Fused score below which <see cref="KnowledgeRanking.Calibrated"/> returns nothing (tuned on the eval's training split).</summary>
    public double CalibratedThreshold { get; set; } = 0.26;

    /// <summary>
    /// Fused score a <see cref="KnowledgeRanking.Calibrated"/> answer needs when half or more of the question's words are
    /// unknown to the knowledge base (tuned on the eval's training split).
    /// </summary>
    public double CalibratedStrongThreshold { get; set; } = 0.40;

    /// <summary>
    /// Weight of the best article's coverage of the question's telling words in the <see cref="KnowledgeRanking.Calibrated"/>
    /// cut-off (<see cref="KnowledgeRanker.IsCalibratedRelevant"/>; tuned on the eval's training split).
    /// </summary>
    public double CoverageWeight { get; set; } = 0.2;

    /// <summary>
    /// What the fused score plus <see cref="CoverageWeight"/> times the coverage must reach under
    /// <see cref="KnowledgeRanking.Calibrated"/> (tuned on the eval's training split).
    /// </summary>
    public double CoveredThreshold { get; set; } = 0.46;

    /// <summary>The <c>k</c> of reciprocal rank fusion, <c>1 / (k + rank)</c>.</summary>
    public int ReciprocalRankK { get; set; } = 60;

    /// <summary>Cosine below which <see cref="KnowledgeRanking.ReciprocalRank"/> returns nothing, unless BM25 reaches <see cref="StrongScore"/>.</summary>
    public double DenseThreshold { get; set; } = 0.6;
}
