namespace CobBot.Framework.Dialogs.Choices;

/// <summary>Finds which of a list of choices a reply picks.</summary>
/// <remarks>
/// In order: the whole reply equals a choice's title or synonym (case-insensitive); the reply is a position
/// ("2", "#2", "two", "the second one", "2nd", "the last one"); the reply contains a title or synonym
/// ("I'd like the green one please"), or names part of one ("denials" for "Billing and denials"). When two
/// choices match equally well the reply is ambiguous and nothing is recognised.
/// </remarks>
public static class ChoiceRecognizer
{
    private static readonly HashSet<string> PositionFillers = new(StringComparer.Ordinal)
    {
        "the", "one", "option", "choice", "number", "no", "item", "please", "pick", "select", "choose", "take", "i",
        "i'll", "i'd", "want", "like", "go", "with", "it's", "its", "is",
    };

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "of", "to", "for", "in", "on", "my", "i", "i'd", "i'm", "is", "it", "it's",
        "one", "please", "want", "like", "need", "with",
    };

    /// <summary>The choice picked by <paramref name="utterance"/>, or null.</summary>
    public static FoundChoice? Recognize(string? utterance, IReadOnlyList<Choice> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var tokens = Utterance.Tokenize(utterance);
        if (tokens.Length == 0 || choices.Count == 0) return null;
        return MatchWhole(tokens, choices) ?? MatchPosition(tokens, choices) ?? MatchPart(tokens, choices);
    }

    private static FoundChoice? MatchWhole(string[] tokens, IReadOnlyList<Choice> choices)
    {
        for (var i = 0; i < choices.Count; i++)
        {
            foreach (var name in Names(choices[i]))
            {
                if (Utterance.Tokenize(name).SequenceEqual(tokens)) return new FoundChoice(choices[i].Value, i, 1.0, name);
            }
        }
        return null;
    }

    private static FoundChoice? MatchPosition(string[] tokens, IReadOnlyList<Choice> choices)
    {
        var content = tokens.Where(t => !PositionFillers.Contains(t)).ToArray();
        if (content.Length == 0) content = tokens;
        if (content.Length != 1) return null;

        var word = content[0];
        var position = word == "last" ? choices.Count : NumberRecognizer.RecognizeOrdinal(word) ?? AsInteger(NumberRecognizer.RecognizeNumber(word));
        return position is >= 1 && position <= choices.Count
            ? new FoundChoice(choices[position.Value - 1].Value, position.Value - 1, 1.0, word)
            : null;
    }

    private static FoundChoice? MatchPart(string[] tokens, IReadOnlyList<Choice> choices)
    {
        var content = tokens.Where(t => !StopWords.Contains(t)).ToArray();
        if (content.Length == 0) return null;

        FoundChoice? best = null;
        var tied = false;
        for (var i = 0; i < choices.Count; i++)
        {
            foreach (var name in Names(choices[i]))
            {
                var score = Score(tokens, content, Utterance.Tokenize(name));
                if (score <= 0 || (best is not null && score < best.Score)) continue;
                if (best is not null && score == best.Score)
                {
                    tied |= best.Index != i;
                    continue;
                }
                (best, tied) = (new FoundChoice(choices[i].Value, i, score, name), false);
            }
        }
        return tied ? null : best;
    }

    /// <summary>The share of the reply a name covers when the reply contains it, or half the share of the name the reply covers.</summary>
    private static double Score(string[] tokens, string[] content, string[] name)
    {
        if (name.Length == 0) return 0;
        if (Utterance.ContainsRun(tokens, name)) return (double)name.Length / tokens.Length;
        return content.All(name.Contains) ? 0.5 * content.Length / name.Length : 0;
    }

    private static IEnumerable<string> Names(Choice choice)
    {
        yield return choice.Value;
        if (choice.Action?.Title is { } title) yield return title;
        foreach (var synonym in choice.Synonyms ?? []) yield return synonym;
    }

    private static int? AsInteger(decimal? number) => number is { } n && n == decimal.Truncate(n) && n <= int.MaxValue ? (int)n : null;
}
