using System.Text;

namespace CobBot.Framework.Dialogs.Choices;

/// <summary>Splits what a user typed into comparable tokens.</summary>
internal static class Utterance
{
    /// <summary>
    /// Lower-cased words and numbers; punctuation becomes a separator except apostrophes inside words
    /// (curly ones straightened), so "No, that’s NOT right!" is <c>no that's not right</c>.
    /// </summary>
    public static string[] Tokenize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            var ch = c is '\u2019' or '\u2018' ? '\'' : c;
            builder.Append(char.IsLetterOrDigit(ch) || ch == '\'' ? ch : ' ');
        }
        return builder.ToString()
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(t => t.Trim('\''))
            .Where(t => t.Length > 0)
            .ToArray();
    }

    /// <summary>True when <paramref name="run"/> occurs as consecutive tokens in <paramref name="tokens"/>.</summary>
    public static bool ContainsRun(IReadOnlyList<string> tokens, IReadOnlyList<string> run)
    {
        if (run.Count == 0) return false;
        for (var start = 0; start + run.Count <= tokens.Count; start++)
        {
            var i = 0;
            while (i < run.Count && tokens[start + i] == run[i]) i++;
            if (i == run.Count) return true;
        }
        return false;
    }
}
