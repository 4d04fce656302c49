namespace CobBot.Dialogs.Knowledge;

/// <summary>What <see cref="KnowledgeDialog"/> begins with.</summary>
/// <param name="Question">The customer's question as they wrote it.</param>
/// <param name="ReportsUnderstanding">
/// True for a recognized question (<c>kb_query</c>): a miss counts towards escalating to a person. A message the
/// recognizer did not understand (<c>none</c>) was already counted as a miss.
/// </param>
/// <param name="ActionOffer">Said after the answer: how to start the action the question's wording suggested; null for none.</param>
/// <param name="Aside">
/// Asked while another flow waits: answer (or say there is no answer) and end without asking for feedback, so that
/// flow asks its question again.
/// </param>
public sealed record KnowledgeRequest(string Question, bool ReportsUnderstanding = false, string? ActionOffer = null, bool Aside = false);
