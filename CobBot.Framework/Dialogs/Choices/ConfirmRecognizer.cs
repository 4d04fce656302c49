namespace CobBot.Framework.Dialogs.Choices;

/// <summary>Recognises yes or no in English replies.</summary>
/// <remarks>
/// The first yes- or no-word decides, so "no, that's not right" is no and "yes, that's right" is yes; a negation
/// before a yes-word wins ("that's not right" is no). Hesitations such as "not sure" are neither.
/// </remarks>
public static class ConfirmRecognizer
{
    private static readonly HashSet<string> YesWords = new(StringComparer.Ordinal)
    {
        "yes", "y", "yeah", "yea", "ya", "yep", "yup", "sure", "ok", "okay", "correct", "confirm", "confirmed",
        "right", "affirmative", "absolutely", "definitely", "certainly", "agree", "true",
    };

    private static readonly HashSet<string> NoWords = new(StringComparer.Ordinal)
    {
        "no", "n", "nope", "nah", "nay", "not", "don't", "dont", "isn't", "isnt", "never", "cancel", "wrong",
        "incorrect", "negative", "false",
    };

    private static readonly string[][] YesPhrases = [["of", "course"], ["go", "ahead"], ["sounds", "good"], ["looks", "good"]];

    private static readonly string[][] UnsurePhrases =
        [["not", "sure"], ["don't", "know"], ["dont", "know"], ["not", "certain"], ["maybe"], ["perhaps"], ["idk"], ["dunno"]];

    /// <summary>True for yes, false for no, null when the reply is neither (or unsure).</summary>
    public static bool? Recognize(string? utterance)
    {
        var tokens = Utterance.Tokenize(utterance);
        if (tokens.Length == 0 || UnsurePhrases.Any(p => Utterance.ContainsRun(tokens, p))) return null;

        for (var i = 0; i < tokens.Length; i++)
        {
            if (NoWords.Contains(tokens[i])) return false;
            if (YesWords.Contains(tokens[i]) || YesPhrases.Any(p => StartsAt(tokens, i, p))) return true;
        }
        return null;
    }

    private static bool StartsAt(string[] tokens, int index, string[] phrase) =>
        index + phrase.Length <= tokens.Length && phrase.Select((t, j) => tokens[index + j] == t).All(m => m);
}
