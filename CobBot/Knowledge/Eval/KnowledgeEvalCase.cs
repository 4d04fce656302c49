namespace CobBot.Knowledge.Eval;

/// <summary>One row of <c>knowledge-eval.tsv</c>.</summary>
/// <param name="Question">What the customer typed.</param>
/// <param name="PreviousTurn">The customer's preceding question when this one is a follow-up; empty otherwise.</param>
/// <param name="WaitingPrompt">The prompt a dialog was waiting on when the question came; empty otherwise.</param>
/// <param name="Route">Expected routing: answer, dialog:&lt;name&gt;, handoff, out-of-scope or medical.</param>
/// <param name="Articles">Acceptable article ids; empty when retrieval must find nothing; null for a routing-only row.</param>
/// <param name="Section">Heading of the section holding the fact; empty when any passage of the article answers.</param>
/// <param name="HeldOut">True for the held-out split, never used to tune.</param>
public sealed record KnowledgeEvalCase(
    string Question, string PreviousTurn, string WaitingPrompt, string Route, IReadOnlyList<string>? Articles, string Section, bool HeldOut)
{
    /// <summary>The question as the report shows it, with the turn it follows.</summary>
    public string Described => PreviousTurn.Length == 0 ? $"\"{Question}\"" : $"\"{Question}\" (after \"{PreviousTurn}\")";

    /// <summary>The route of a question the knowledge base should answer (or, with article <c>none</c>, say it cannot).</summary>
    public const string AnswerRoute = "answer";

    /// <summary>Whether retrieval must find nothing.</summary>
    public bool ExpectsNone => Articles is { Count: 0 };

    /// <summary>A question in COB's words that no article answers: retrieval must find nothing, yet it is no out-of-scope message.</summary>
    public bool IsUnanswered => ExpectsNone && Route == AnswerRoute;
}
