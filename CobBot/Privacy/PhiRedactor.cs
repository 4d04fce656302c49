using System.Text;
using System.Text.RegularExpressions;
using CobBot.Recognition.Entities;

namespace CobBot.Privacy;

/// <summary>
/// Finds and masks PHI: emails, phone numbers, dates of birth, member/policy/subscriber IDs, SSNs, claim numbers
/// and introduced names. Used before text leaves the process (the Gemini recognizer) and for log/transcript
/// redaction (<see cref="Redact"/>). What survives on purpose: appointment dates and times without a birth keyword,
/// amounts, confirmation codes (COB-…) and other numbers without an ID keyword. Every phone number is masked,
/// COB's own support line included: from text alone the redactor cannot tell whose number it is, and masking
/// a public number costs nothing.
/// </summary>
public sealed class PhiRedactor(
    TimeProvider timeProvider,
    EmailExtractor emails,
    PhoneExtractor phones,
    DateExtractor dates,
    PersonNameExtractor names)
{
    private const int MaxBirthGap = 20;

    /// <summary>Masks every PHI span in <paramref name="text"/> and reports what it masked.</summary>
    public PhiScanResult Scan(string text)
    {
        var spans = EntityMatches.NonOverlapping(Find(text));
        var masked = new StringBuilder(text.Length);
        var findings = new List<PhiFinding>(spans.Count);
        var position = 0;
        foreach (var span in spans)
        {
            masked.Append(text, position, span.Index - position).Append(Token(span.Value));
            findings.Add(new PhiFinding(span.Value, text.Substring(span.Index, span.Length), span.Index));
            position = span.End;
        }
        masked.Append(text, position, text.Length - position);
        return new PhiScanResult(masked.ToString(), findings);
    }

    /// <summary>Returns <paramref name="text"/> with every PHI span masked.</summary>
    public string Redact(string text) => Scan(text).MaskedText;

    /// <summary>The token a span of <paramref name="kind"/> is replaced with, e.g. <c>[MEMBER_ID]</c>.</summary>
    public static string Token(PhiKind kind) => kind switch
    {
        PhiKind.Ssn => "[SSN]",
        PhiKind.MemberId => "[MEMBER_ID]",
        PhiKind.ClaimNumber => "[CLAIM_NUMBER]",
        PhiKind.DateOfBirth => "[DOB]",
        PhiKind.Email => "[EMAIL]",
        PhiKind.Phone => "[PHONE]",
        _ => "[NAME]",
    };

    // Listed in PhiKind order: where two spans start together and are equally long, the earlier kind wins.
    private IEnumerable<EntityMatch<PhiKind>> Find(string text) =>
        ValueGroups(PhiPatterns.Ssn(), text, PhiKind.Ssn)
            .Concat(ValueGroups(PhiPatterns.MemberId(), text, PhiKind.MemberId))
            .Concat(ValueGroups(PhiPatterns.ClaimNumber(), text, PhiKind.ClaimNumber))
            .Concat(BirthDates(text))
            .Concat(As(emails.Matches(text), PhiKind.Email))
            .Concat(As(phones.Matches(text), PhiKind.Phone))
            .Concat(As(names.Matches(text), PhiKind.PersonName));

    private static IEnumerable<EntityMatch<PhiKind>> As<T>(IEnumerable<EntityMatch<T>> matches, PhiKind kind) =>
        matches.Select(m => new EntityMatch<PhiKind>(m.Index, m.Length, kind));

    private static IEnumerable<EntityMatch<PhiKind>> ValueGroups(Regex pattern, string text, PhiKind kind) =>
        pattern.Matches(text).Select(m => new EntityMatch<PhiKind>(m.Groups["v"].Index, m.Groups["v"].Length, kind));

    private IEnumerable<EntityMatch<PhiKind>> BirthDates(string text)
    {
        // "today" only resolves year-less dates; which spans are dates does not depend on it.
        var today = DateOnly.FromDateTime(timeProvider.GetUtcNow().UtcDateTime);
        var found = dates.Matches(text, today);
        foreach (Match keyword in PhiPatterns.BirthKeyword().Matches(text))
        {
            var end = keyword.Index + keyword.Length;
            var date = found.FirstOrDefault(d => d.Index >= end && d.Index - end <= MaxBirthGap);
            if (date.Length > 0 && PhiPatterns.BirthGap().IsMatch(text.AsSpan(end, date.Index - end)))
            {
                yield return new EntityMatch<PhiKind>(date.Index, date.Length, PhiKind.DateOfBirth);
            }
        }
    }
}
