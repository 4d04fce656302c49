using CobBot.Framework.Dialogs.Choices;
using CobBot.Recognition;
using CobBot.Scheduling;

namespace CobBot.Dialogs.Booking;

/// <summary>
/// Reads the customer's contact answers: the whole reply when it is the value ("jordan@example.com"), otherwise the
/// value the entity extractor finds in it ("it's jordan@example.com", "my name is Jordan Lee"); emails and phone
/// numbers are checked and normalised with <see cref="ContactRules"/> (libphonenumber).
/// </summary>
public sealed class ContactInput(IEntityExtractor extractor)
{
    private static readonly HashSet<string> NoneWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "none", "nothing", "skip", "n/a", "na", "no", "nope", "no thanks", "no thank you", "nothing else", "not really",
    };

    /// <summary>The email address in <paramref name="text"/>, trimmed, or null.</summary>
    public string? Email(string? text) =>
        ContactRules.TryNormalizeEmail(text, out var email) ? email
        : ContactRules.TryNormalizeEmail(Extract(text).Email, out var found) ? found
        : null;

    /// <summary>The phone number in <paramref name="text"/> as E.164, or null.</summary>
    public string? Phone(string? text) =>
        ContactRules.TryNormalizePhone(text, out var phone) ? phone
        : ContactRules.TryNormalizePhone(Extract(text).Phone, out var found) ? found
        : null;

    /// <summary>The name introduced in <paramref name="text"/>, else the reply itself when it can be a name; null otherwise.</summary>
    public string? Name(string? text)
    {
        var name = Extract(text).PersonName ?? text?.Trim();
        return name is { Length: > 0 and <= BookingRules.MaxNameLength } && name.Any(char.IsLetter) && !name.Any(char.IsControl) ? name : null;
    }

    /// <summary>The customer's notes: empty when they have none ("no", "nothing", "skip"), else the trimmed reply.</summary>
    public static string Requirements(string? text)
    {
        var trimmed = text?.Trim().TrimEnd('.', '!') ?? "";
        var words = trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var none = NoneWords.Contains(trimmed) || (words.Length <= 3 && ConfirmRecognizer.Recognize(trimmed) == false);
        return none ? "" : text!.Trim();
    }

    private RecognizedEntities Extract(string? text) =>
        string.IsNullOrWhiteSpace(text) ? RecognizedEntities.Empty : extractor.Extract(text, TimeZoneInfo.Utc);
}
