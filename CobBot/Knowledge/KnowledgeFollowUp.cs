namespace CobBot.Knowledge;

/// <summary>
/// Resolves a follow-up question against the question answered before it: "and how much does it cost?", "what about
/// weekends?", "is that the same for benefits verification?", "what do you check exactly?" mean little alone, so they
/// are searched together with the previous question. A terse message (at most two topic words, one of them known to the
/// knowledge base) that points back (a pronoun, "and …", "what about …", "the same …", "… too") is searched with it
/// first; one that only points back or is only terse, when it finds nothing alone — "what about undercoding and
/// overcoding errors" or "is there an emergency line" say enough by themselves; "tell me a joke" after an answer is
/// neither.
/// </summary>
public static class KnowledgeFollowUp
{
    private const int TerseTerms = 2;

    private static readonly HashSet<string> Openers = new(StringComparer.Ordinal) { "and", "also", "but", "so", "then", "plus" };

    private static readonly HashSet<string> PointingWords = new(StringComparer.Ordinal)
    {
        "it", "its", "that", "this", "those", "these", "they", "them", "same", "too", "also", "then", "there",
    };

    private static readonly string[] PointingPhrases = ["what about", "how about", "what if", "and if"];

    /// <summary>
    /// Searches <paramref name="question"/> with <paramref name="search"/>, resolving it against
    /// <paramref name="previousQuestion"/>: a terse question that points back is searched together with it first; one
    /// that is terse or points back, only when it finds nothing alone. Returns the text whose search is kept and its result (<paramref name="found"/>
    /// tells whether a result answers).
    /// </summary>
    public static async Task<(string Text, T Result)> SearchAsync<T>(
        string question, string? previousQuestion, KnowledgeVocabulary vocabulary, Func<string, Task<T>> search, Func<T, bool> found)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(vocabulary);
        ArgumentNullException.ThrowIfNull(search);
        ArgumentNullException.ThrowIfNull(found);
        if (string.IsNullOrWhiteSpace(previousQuestion)) return (question, await search(question));
        var combined = $"{previousQuestion} {question}";
        var (terse, pointsBack) = (IsTerse(question, vocabulary), PointsBack(question));
        if (terse && pointsBack)
        {
            var resolved = await search(combined);
            return found(resolved) ? (combined, resolved) : (question, await search(question));
        }

        var alone = await search(question);
        if (found(alone) || !(terse || pointsBack)) return (question, alone);
        var completed = await search(combined);
        return found(completed) ? (combined, completed) : (question, alone);
    }

    /// <summary>Whether <paramref name="question"/> points back at an earlier one ("and …", "what about …", "it", "the same").</summary>
    public static bool PointsBack(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var lower = question.ToLowerInvariant().Replace('\u2019', '\'');
        var words = lower.Split([' ', ',', '?', '!', '.', ';', ':'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && (Openers.Contains(words[0]) || words.Any(PointingWords.Contains) || PointingPhrases.Any(lower.Contains));
    }

    /// <summary>Whether <paramref name="question"/> has at most two topic words, one of them known to the knowledge base.</summary>
    public static bool IsTerse(string question, KnowledgeVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        var terms = KnowledgeQuery.Terms(vocabulary.Correct(question));
        return terms.Count is > 0 and <= TerseTerms && terms.Any(vocabulary.Contains);
    }
}
