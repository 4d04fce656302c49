using System.Text.RegularExpressions;

namespace CobBot.Recognition.Entities;

/// <summary>
/// Finds appointment confirmation codes: <c>COB-</c> plus six characters from an alphabet without the look-alikes
/// I, O, 0 and 1. Lower case and a missing dash are accepted; the value is normalised to <c>COB-7K3M9Q</c>.
/// </summary>
public sealed partial class ConfirmationCodeExtractor
{
    /// <summary>Every confirmation code in <paramref name="text"/>, normalised.</summary>
    public IEnumerable<EntityMatch<string>> Matches(string text) =>
        CodePattern().Matches(text).Select(m =>
            new EntityMatch<string>(m.Index, m.Length, "COB-" + m.Groups["code"].Value.ToUpperInvariant()));

    /// <summary>Normalises <paramref name="candidate"/> if it is exactly one well-formed code, otherwise null.</summary>
    public string? Normalize(string? candidate)
    {
        var trimmed = candidate?.Trim() ?? "";
        var match = Matches(trimmed).FirstOrDefault();
        return match.Length == trimmed.Length && trimmed.Length > 0 ? match.Value : null;
    }

    [GeneratedRegex(@"\bCOB-?(?<code>[A-HJ-NP-Z2-9]{6})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();
}
