namespace CobBot.Privacy;

/// <summary>Kinds of protected health information the <see cref="PhiRedactor"/> masks, in precedence order when spans coincide.</summary>
public enum PhiKind
{
    /// <summary>A US Social Security number; masked as <c>[SSN]</c>.</summary>
    Ssn,
    /// <summary>An insurance member, policy or subscriber ID; masked as <c>[MEMBER_ID]</c>.</summary>
    MemberId,
    /// <summary>An insurance claim number; masked as <c>[CLAIM_NUMBER]</c>.</summary>
    ClaimNumber,
    /// <summary>A date of birth (a date next to "DOB", "born", "date of birth", …); masked as <c>[DOB]</c>.</summary>
    DateOfBirth,
    /// <summary>An email address; masked as <c>[EMAIL]</c>.</summary>
    Email,
    /// <summary>A phone number; masked as <c>[PHONE]</c>.</summary>
    Phone,
    /// <summary>A name the customer introduced themselves with; masked as <c>[NAME]</c>.</summary>
    PersonName,
}
