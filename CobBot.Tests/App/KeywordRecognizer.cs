using System.Text.RegularExpressions;
using CobBot.Recognition;

namespace CobBot.Tests.App;

/// <summary>
/// Stands in for the offline ML recognizer in app tests: intents from plain keyword rules, entities from the app's
/// real extractors, sentiment from a few words. Deterministic, so the tests check routing, not classification.
/// </summary>
internal sealed partial class KeywordRecognizer(IEntityExtractor entities) : IRecognizer
{
    private static readonly (Regex Pattern, string Intent)[] Rules =
    [
        (Rule(@"^(hi|hello|hey)\b"), Intents.Greeting),
        (Rule(@"\bhelp\b"), Intents.Help),
        (Rule(@"\bcancel (my|the|an) appointment\b"), Intents.CancelAppointment),
        (Rule(@"\b(book|schedule)\b"), Intents.BookAppointment),
        (Rule(@"\b(person|human|agent)\b"), Intents.HumanHandoff),
        (Rule(@"\b(bye|goodbye)\b"), Intents.Goodbye),
        (Rule(@"\bthank"), Intents.Thanks),
        (Rule(@"(\?$|^(what|how|when|where|do|does|can|tell|is|are)\b)"), Intents.KbQuery),
    ];

    public Task<RecognizerResult> RecognizeAsync(string text, TimeZoneInfo timeZone, CancellationToken cancellationToken = default)
    {
        var trimmed = text.Trim();
        var intent = Rules.FirstOrDefault(r => r.Pattern.IsMatch(trimmed)).Intent ?? Intents.None;
        var sentiment = Negative().IsMatch(trimmed) ? -0.8 : 0.2;
        return Task.FromResult(new RecognizerResult(intent, intent == Intents.None ? 0.3 : 0.9, entities.Extract(trimmed, timeZone), sentiment, "offline"));
    }

    private static Regex Rule(string pattern) => new(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    [GeneratedRegex(@"\b(angry|terrible|awful|useless)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Negative();
}
