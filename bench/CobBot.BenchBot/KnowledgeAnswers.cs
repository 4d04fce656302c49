using System.Text.RegularExpressions;

namespace CobBot.BenchBot;

/// <summary>The peer's one-line canned knowledge answers: the first topic whose pattern matches wins.</summary>
public static class KnowledgeAnswers
{
    private const string DefaultAnswer =
        "I can answer questions about claims, billing, payments, denials and prior authorization, or type \"book\" to book an appointment.";

    private static readonly (Regex Pattern, string Answer)[] Topics =
    [
        (Topic("claim|status"), "Claim status: most claims are adjudicated within 14 days; you can check status with your claim number on the patient portal."),
        (Topic("bill|invoice|statement"), "Billing: statements are mailed monthly; questions about a charge can be raised with the billing office at any time."),
        (Topic("pay|payment|plan"), "Payments: we accept card, ACH and interest-free payment plans of up to 12 months."),
        (Topic("deni|appeal"), "Denials: you may appeal a denied claim within 180 days; we can help prepare the appeal."),
        (Topic("auth|prior"), "Prior authorization: your provider submits it; decisions usually take 2-5 business days."),
        (Topic("insur|coverage|eligib"), "Coverage: we verify eligibility with your insurer before each visit."),
    ];

    /// <summary>The answer for <paramref name="text"/>, or the default hint when no topic matches.</summary>
    public static string For(string text)
    {
        foreach (var (pattern, answer) in Topics)
        {
            if (pattern.IsMatch(text)) return answer;
        }
        return DefaultAnswer;
    }

    private static Regex Topic(string pattern) =>
        new(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
}
