namespace CobBot.Knowledge.Eval;

/// <summary>Retrieval figures for one split under one ranking.</summary>
/// <param name="Answerable">Rows with an expected article.</param>
/// <param name="Top1">Share of answerable rows whose first result is an expected article.</param>
/// <param name="Top3">Share whose expected article is among the first three.</param>
/// <param name="Mrr">Mean reciprocal rank of the expected article (0 when absent).</param>
/// <param name="SectionTop1">Share of rows with a labelled section whose first result is that article and section.</param>
/// <param name="NonePrecision">Of the rows where retrieval found nothing, the share labelled <c>none</c>.</param>
/// <param name="NoneRecall">Of the rows labelled <c>none</c>, the share where retrieval found nothing.</param>
/// <param name="Misses">Every wrong row, described for the report.</param>
public sealed record KnowledgeEvalScore(
    int Answerable, double Top1, double Top3, double Mrr, double SectionTop1, double NonePrecision, double NoneRecall, IReadOnlyList<string> Misses)
{
    /// <summary>Of the out-of-scope and medical rows (labelled <c>none</c>, routed elsewhere than an answer), the share where retrieval found nothing.</summary>
    public double OutOfScopeRecall { get; init; }

    /// <summary>Of the questions in COB's words that no article answers (route <c>answer</c>, article <c>none</c>), the share where retrieval found nothing.</summary>
    public double UnansweredRecall { get; init; }

    /// <summary>The tuning objective: correct answers plus correct refusals, over all scored rows.</summary>
    public double Objective { get; init; }
}
