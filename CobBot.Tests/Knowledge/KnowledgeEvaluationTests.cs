using CobBot.Knowledge;
using CobBot.Knowledge.Eval;

namespace CobBot.Tests.Knowledge;

/// <summary>The knowledge eval as a CI gate: the shipped ranking on the held-out split, and the split's integrity.</summary>
public class KnowledgeEvaluationTests
{
    // The held-out misses are not listed here: changes are tuned on the training split, and the command lists both.
    private const string Listing = "dotnet run --project CobBot -- eval-knowledge lists the misses";

    [Fact]
    public async Task Shipped_ranking_meets_the_held_out_gate()
    {
        var cases = KnowledgeEvalSet.Load();
        var heldOut = (await KnowledgeEvaluation.SearchAllAsync(SharedEmbedder.Instance, cases.Where(c => c.HeldOut).ToList()))
            .ToList();

        var score = KnowledgeEvaluation.Score(heldOut, new KnowledgeOptions());

        Assert.True(score.Top1 >= KnowledgeEvaluation.MinimumHeldOutTop1,
            $"Held-out top-1 {score.Top1:P1} is below {KnowledgeEvaluation.MinimumHeldOutTop1:P0} ({Listing})");
        Assert.True(score.OutOfScopeRecall >= KnowledgeEvaluation.MinimumNoneRecall,
            $"Out-of-scope recall {score.OutOfScopeRecall:P1} is below {KnowledgeEvaluation.MinimumNoneRecall:P0} ({Listing})");
    }

    [Fact]
    public void Eval_set_is_large_enough_and_holds_out_at_least_thirty_percent()
    {
        var cases = KnowledgeEvalSet.Load();

        Assert.True(cases.Count >= 250, $"{cases.Count} rows");
        Assert.InRange(cases.Count(c => c.HeldOut) / (double)cases.Count, 0.30, 0.50);
        Assert.Contains(cases, c => c.PreviousTurn.Length > 0);
        Assert.Contains(cases, c => c.WaitingPrompt.Length > 0);
        Assert.Contains(cases, c => c.ExpectsNone && c.HeldOut);
    }

    [Fact]
    public void Parse_rejects_a_row_without_seven_columns()
    {
        Assert.Throws<FormatException>(() => KnowledgeEvalSet.Parse("header\nquestion\t\t\tanswer\tpricing\ttrain"));
    }
}
