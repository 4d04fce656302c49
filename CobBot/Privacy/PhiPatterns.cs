using System.Text.RegularExpressions;

namespace CobBot.Privacy;

/// <summary>Patterns for PHI that is recognised by shape or by the words around it; the value is group <c>v</c>.</summary>
internal static partial class PhiPatterns
{
    private const string Connector = @"\s*(?:(?:is|was|:|#|=)\s*)*";

    /// <summary>123-45-6789 or 123 45 6789 anywhere; nine bare digits only after "SSN"/"social security".</summary>
    [GeneratedRegex(@"(?<![\d-])(?<v>\d{3}([- ])\d{2}\1\d{4})(?![\d-])|\b(?:ssn|social\s+security(?:\s+(?:number|no\.?|#))?)" + Connector + @"(?<v>\d{9})\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Ssn();

    /// <summary>"member ID W123456789", "policy # ABC-12345", "subscriber number: 55501234": a token with a digit after the keyword.</summary>
    [GeneratedRegex(@"\b(?:member(?:ship)?|policy|subscriber|insurance|medicaid|medicare|mbi)(?:\s*(?:id|identifier|number|num|no\.?|#)\b?)?" + Connector +
        @"(?<v>(?=[a-z0-9-]*\d)[a-z0-9][a-z0-9-]{2,22}[a-z0-9])\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex MemberId();

    /// <summary>"claim number 2026-0012345", "claim #CLM884512": a token with a digit after "claim".</summary>
    [GeneratedRegex(@"\bclaims?(?:\s*(?:id|number|num|no\.?|#)\b?)?" + Connector +
        @"(?<v>(?=[a-z0-9-]*\d)[a-z0-9][a-z0-9-]{3,28}[a-z0-9])\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex ClaimNumber();

    /// <summary>Words that mark the next date as a date of birth.</summary>
    [GeneratedRegex(@"\b(?:dob|d\.o\.b\.?|date\s+of\s+birth|birth\s*date|birthday|born)(?!\w)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex BirthKeyword();

    /// <summary>What may stand between a birth keyword and its date: punctuation and "is", "was", "on", "of".</summary>
    [GeneratedRegex(@"^[\s:#,=\-–]*(?:(?:is|was|on|of)[\s:]+)*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex BirthGap();
}
