using System.Globalization;
using System.Text.RegularExpressions;

namespace CobBot.Framework.Dialogs.Choices;

/// <summary>Finds numbers in replies: digits in the user's culture ("1,200", "3.5") and English number words ("twenty-one").</summary>
public static class NumberRecognizer
{
    private const string Hundred = "hundred";

    private static readonly Dictionary<string, int> Units = new(StringComparer.Ordinal)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20,
        ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    };

    private static readonly Dictionary<string, int> Scales = new(StringComparer.Ordinal)
    {
        ["thousand"] = 1_000, ["million"] = 1_000_000,
    };

    private static readonly Dictionary<string, int> OrdinalWords = new(StringComparer.Ordinal)
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5,
        ["sixth"] = 6, ["seventh"] = 7, ["eighth"] = 8, ["ninth"] = 9, ["tenth"] = 10,
    };

    /// <summary>The first number in <paramref name="utterance"/>, or null. Digits are read with <paramref name="culture"/>'s separators (invariant by default).</summary>
    public static decimal? RecognizeNumber(string? utterance, CultureInfo? culture = null)
    {
        if (string.IsNullOrWhiteSpace(utterance)) return null;
        return FromDigits(utterance, (culture ?? CultureInfo.InvariantCulture).NumberFormat) ?? FromWords(Utterance.Tokenize(utterance));
    }

    /// <summary>The first ordinal ("first", "2nd") in <paramref name="utterance"/>, or null.</summary>
    public static int? RecognizeOrdinal(string? utterance)
    {
        foreach (var token in Utterance.Tokenize(utterance))
        {
            if (OrdinalWords.TryGetValue(token, out var word)) return word;
            var match = Regex.Match(token, "^([0-9]+)(?:st|nd|rd|th)$", RegexOptions.CultureInvariant);
            if (match.Success && int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return n;
        }
        return null;
    }

    private static decimal? FromDigits(string text, NumberFormatInfo format)
    {
        var group = Regex.Escape(format.NumberGroupSeparator);
        var point = Regex.Escape(format.NumberDecimalSeparator);
        var pattern = $@"(?<![\w.,])(-)?([0-9]{{1,3}}(?:{group}[0-9]{{3}})+|[0-9]+)(?:{point}([0-9]+))?(?![\w])";
        var match = Regex.Match(text, pattern, RegexOptions.CultureInvariant);
        if (!match.Success) return null;

        var integer = match.Groups[2].Value.Replace(format.NumberGroupSeparator, string.Empty, StringComparison.Ordinal);
        var fraction = match.Groups[3].Success ? "." + match.Groups[3].Value : string.Empty;
        return decimal.TryParse(match.Groups[1].Value + integer + fraction, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
    }

    private static decimal? FromWords(string[] tokens)
    {
        decimal total = 0, current = 0;
        var found = false;
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            var joinsNumber = (token == "and" && found) || (token == "a" && !found);
            if (joinsNumber && i + 1 < tokens.Length && IsNumberWord(tokens[i + 1])) continue;

            if (Units.TryGetValue(token, out var unit)) current += unit;
            else if (token == Hundred) current = Math.Max(current, 1) * 100;
            else if (Scales.TryGetValue(token, out var scale)) (total, current) = (total + (Math.Max(current, 1) * scale), 0);
            else if (found) break;
            else continue;
            found = true;
        }
        return found ? total + current : null;
    }

    private static bool IsNumberWord(string token) => Units.ContainsKey(token) || token == Hundred || Scales.ContainsKey(token);
}
