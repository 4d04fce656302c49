using System.Text;

namespace CobBot.Handoff;

/// <summary>
/// Normalises text for whole-word phrase matching: lower case, curly apostrophes made straight, everything that
/// is not a letter, digit or apostrophe turned into a single space, padded with one space on each side.
/// </summary>
internal static class PhraseText
{
    /// <summary>The normalised, space-padded form of <paramref name="text"/>.</summary>
    public static string Normalize(string? text)
    {
        var builder = new StringBuilder(" ");
        foreach (var c in (text ?? "").ToLowerInvariant())
        {
            var mapped = c is '\u2019' or '\u2018' ? '\'' : c;
            var keep = char.IsLetterOrDigit(mapped) || mapped == '\'';
            if (keep) builder.Append(mapped);
            else if (builder[^1] != ' ') builder.Append(' ');
        }
        if (builder[^1] != ' ') builder.Append(' ');
        return builder.ToString();
    }

    /// <summary>True when the normalised <paramref name="normalizedText"/> contains <paramref name="phrase"/> as whole words.</summary>
    public static bool ContainsPhrase(string normalizedText, string phrase) =>
        normalizedText.Contains(Normalize(phrase), StringComparison.Ordinal);
}
