namespace CobBot.Dialogs.Knowledge;

/// <summary>What <see cref="KnowledgeDialog"/> begins with.</summary>
/// <param name="Question">The customer's question as they wrote it.</param>
/// <param name="Topic">
/// The service type remembered from earlier turns, used to complete a follow-up question that only says "it"
/// ("how long does it take?" after asking about the Technical Consultation).
/// </param>
/// <param name="ReportsUnderstanding">
/// True for a recognized question (<c>kb_query</c>): a miss counts towards escalating to a person. A message the
/// recognizer did not understand (<c>none</c>) was already counted as a miss.
/// </param>
/// <param name="ActionOffer">Said after the answer: how to start the action the question's wording suggested; null for none.</param>
public sealed record KnowledgeRequest(string Question, string? Topic = null, bool ReportsUnderstanding = false, string? ActionOffer = null);
