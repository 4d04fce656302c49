namespace CobBot.Knowledge.Eval;

/// <summary>Which split of the knowledge eval a report lists the misses of.</summary>
public enum KnowledgeEvalSplit
{
    /// <summary>Both splits.</summary>
    All,

    /// <summary>The training split only: what tuning may look at.</summary>
    Train,

    /// <summary>The held-out split only.</summary>
    HeldOut,
}
