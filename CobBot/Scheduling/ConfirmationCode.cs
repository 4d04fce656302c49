using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace CobBot.Scheduling;

/// <summary>
/// Confirmation codes: <c>COB-</c> and six random characters without the look-alikes I, O, 0 and 1
/// (32⁶ ≈ 10⁹ codes). Uniqueness is enforced by a unique index; a collision is retried with a new code. The same
/// format reads codes back: lower case and a missing dash are accepted, the value is normalised to <c>COB-7K3M9Q</c>.
/// </summary>
public static class ConfirmationCode
{
    /// <summary>The characters after the prefix: A–H, J–N, P–Z, 2–9.</summary>
    public const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /// <summary>The fixed prefix.</summary>
    public const string Prefix = Letters + "-";

    /// <summary>Total length of a code, e.g. <c>COB-7K3M9Q</c>.</summary>
    public const int Length = 10;

    private const string Letters = "COB";

    private static readonly Regex Pattern = new(
        $@"\b{Letters}-?(?<code>[{Alphabet}]{{{Length - Prefix.Length}}})\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>A new random code.</summary>
    public static string New() => Prefix + RandomNumberGenerator.GetString(Alphabet, Length - Prefix.Length);

    /// <summary>Every code in <paramref name="text"/>: the span it was read from and the normalised code.</summary>
    public static IEnumerable<(int Index, int Length, string Code)> Find(string text) =>
        Pattern.Matches(text).Select(m => (m.Index, m.Length, Prefix + m.Groups["code"].Value.ToUpperInvariant()));

    /// <summary>Normalises <paramref name="candidate"/> if it is exactly one well-formed code, otherwise null.</summary>
    public static string? Normalize(string? candidate)
    {
        var trimmed = candidate?.Trim() ?? "";
        var match = Find(trimmed).FirstOrDefault();
        return match.Length == trimmed.Length && trimmed.Length > 0 ? match.Code : null;
    }
}
