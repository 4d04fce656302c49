namespace CobBot.Knowledge.Eval;

/// <summary>How the routing eval brings a fresh session to one waiting prompt (a row of <c>knowledge-eval-prompts.tsv</c>).</summary>
/// <param name="Messages">The customer's messages, in order.</param>
/// <param name="Reached">Text the bot's last reply holds when the prompt waits.</param>
public sealed record KnowledgeEvalPromptSetup(IReadOnlyList<string> Messages, string Reached);
