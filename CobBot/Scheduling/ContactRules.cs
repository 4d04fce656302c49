using System.Diagnostics.CodeAnalysis;
using System.Net.Mail;
using PhoneNumbers;

namespace CobBot.Scheduling;

/// <summary>Checks and normalises a customer's email address and phone number.</summary>
public static class ContactRules
{
    /// <summary>Region assumed for phone numbers written without a country code.</summary>
    public const string DefaultPhoneRegion = "US";

    private static readonly PhoneNumberUtil Phones = PhoneNumberUtil.GetInstance();

    /// <summary>Whether <paramref name="input"/> is one plain address (<c>local@domain.tld</c>); <paramref name="email"/> is it trimmed.</summary>
    public static bool TryNormalizeEmail(string? input, [NotNullWhen(true)] out string? email)
    {
        email = input?.Trim();
        var valid = email is { Length: > 0 and <= BookingRules.MaxEmailLength }
            && MailAddress.TryCreate(email, out var address)
            && address.Address == email
            && address.Host.Contains('.')
            && !address.Host.StartsWith('.') && !address.Host.EndsWith('.');
        if (!valid) email = null;
        return valid;
    }

    /// <summary>Whether <paramref name="input"/> is a valid phone number (libphonenumber); <paramref name="e164"/> is it in E.164.</summary>
    public static bool TryNormalizePhone(string? input, [NotNullWhen(true)] out string? e164)
    {
        e164 = null;
        if (string.IsNullOrWhiteSpace(input) || input.Length > 40) return false;
        try
        {
            var number = Phones.Parse(input, DefaultPhoneRegion);
            if (!Phones.IsValidNumber(number)) return false;
            e164 = Phones.Format(number, PhoneNumberFormat.E164);
            return true;
        }
        catch (NumberParseException)
        {
            return false;
        }
    }
}
