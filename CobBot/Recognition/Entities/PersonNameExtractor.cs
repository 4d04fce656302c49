using System.Globalization;
using System.Text.RegularExpressions;

namespace CobBot.Recognition.Entities;

/// <summary>
/// Finds a person's name where the customer introduces themselves: "my name is X", "name: X", "call me X" (any case),
/// and "I'm X", "I am X", "this is X" (only capitalised words, so "I'm looking for…" is not a name).
/// Up to three words; stops at function words ("and", "from", …) and at a full stop that is not a title's ("Dr."). An all-lower-case name is title-cased.
/// </summary>
public sealed partial class PersonNameExtractor
{
    private const int MaxWords = 3;
    private static readonly HashSet<string> StopWords =
        new(RecognitionData.ReadLines("name-stop-words.txt"), StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> Titles = new(["Dr.", "Mr.", "Mrs.", "Ms.", "Mx.", "Prof."], StringComparer.OrdinalIgnoreCase);

    /// <summary>Every introduced name in <paramref name="text"/>, in order.</summary>
    public IEnumerable<EntityMatch<string>> Matches(string text) =>
        EntityMatches.NonOverlapping(
            FromPattern(ExplicitPattern(), text, requireCapital: false)
                .Concat(FromPattern(IntroductionPattern(), text, requireCapital: true)));

    private static IEnumerable<EntityMatch<string>> FromPattern(Regex pattern, string text, bool requireCapital)
    {
        foreach (Match m in pattern.Matches(text))
        {
            var words = NameWords(m.Groups["w"].Captures, requireCapital);
            if (words.Count > 0)
            {
                var first = words[0].Index;
                var name = text[first..(words[^1].Index + words[^1].Length)].TrimEnd('.', '\'', '’', '-');
                yield return new EntityMatch<string>(first, name.Length, TitleCaseIfLower(name));
            }
        }
    }

    private static List<Capture> NameWords(CaptureCollection captures, bool requireCapital)
    {
        var words = new List<Capture>();
        foreach (var word in captures.Take(MaxWords))
        {
            if (StopWords.Contains(word.Value) || (requireCapital && !char.IsUpper(word.Value[0])))
            {
                break;
            }
            words.Add(word);
            if (word.Value.EndsWith('.') && !Titles.Contains(word.Value))
            {
                break;
            }
        }
        return words;
    }

    private static string TitleCaseIfLower(string name) =>
        name.Any(char.IsUpper) ? name : CultureInfo.InvariantCulture.TextInfo.ToTitleCase(name);

    private const string Words = @"(?:(?<w>\p{L}[\p{L}'’.-]*)[ \t]*){1,6}";

    [GeneratedRegex(@"\b(?:my\s+name\s+is|my\s+name's|name\s*(?:is|:)|call\s+me)[ \t]+" + Words, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ExplicitPattern();

    [GeneratedRegex(@"\b(?:i'm|i’m|i\s+am|this\s+is)[ \t]+" + Words, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IntroductionPattern();
}
