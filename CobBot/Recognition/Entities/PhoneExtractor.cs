using PhoneNumbers;

namespace CobBot.Recognition.Entities;

/// <summary>Finds valid phone numbers with libphonenumber (US as the default region) and normalises them to E.164.</summary>
public sealed class PhoneExtractor
{
    private const string DefaultRegion = "US";
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    /// <summary>Every valid phone number in <paramref name="text"/>, in order, as E.164 (e.g. <c>+19292297209</c>).</summary>
    public IEnumerable<EntityMatch<string>> Matches(string text) =>
        Util.FindNumbers(text, DefaultRegion)
            .Select(m => new EntityMatch<string>(m.Start, m.Length, Util.Format(m.Number, PhoneNumberFormat.E164)));
}
