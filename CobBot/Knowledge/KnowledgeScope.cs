namespace CobBot.Knowledge;

/// <summary>
/// Whether a message lies outside what COB's knowledge base is about ("what's the weather", "tell me a joke"): no
/// article matches it and at most half of its words (spelling corrected) occur anywhere in the articles. A question
/// in COB's words that no article answers ("do you audit dental coding") is not out of scope: it is a miss.
/// </summary>
public sealed class KnowledgeScope(IKnowledgeBase knowledge, KnowledgeSectionIndex index)
{
    /// <summary>
    /// True when <paramref name="text"/> is out of the knowledge base's scope; a follow-up of
    /// <paramref name="previousQuestion"/> is judged together with it (<see cref="KnowledgeFollowUp"/>).
    /// </summary>
    public async Task<bool> IsOutOfScopeAsync(string text, string? previousQuestion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        var vocabulary = (await index.GetAsync()).Vocabulary;
        var (_, passages) = await KnowledgeFollowUp.SearchAsync(
            text, previousQuestion, vocabulary, t => knowledge.SearchAsync(t, 1, cancellationToken), p => p.Count > 0);
        if (passages.Count > 0) return false;
        var terms = KnowledgeQuery.Terms(vocabulary.Correct(text));
        return terms.Count(vocabulary.Contains) * 2 <= terms.Count;
    }
}
