using System.Text.Json;
using CobBot.Handoff;

namespace CobBot.Conversation;

/// <summary>
/// Tells a request for medical advice ("is this rash serious", "should I take ibuprofen for my back pain") from a
/// question about COB's services that mentions a condition ("do you handle prior auths for insulin"). The phrase lists
/// are data (<c>Conversation/Resources/medical-advice.json</c>): an advice phrase always asks for advice; a clinical
/// term does when the customer speaks of themselves and names none of COB's services.
/// </summary>
public sealed class MedicalAdviceRules
{
    private const string ResourceName = "CobBot.Conversation.Resources.medical-advice.json";

    /// <summary>Phrases that ask for a diagnosis, a treatment or a dose.</summary>
    public IReadOnlyList<string> AdvicePhrases { get; init; } = [];

    /// <summary>Symptoms, conditions and medicines.</summary>
    public IReadOnlyList<string> ClinicalTerms { get; init; } = [];

    /// <summary>Words with which customers speak of their own health ("my", "I have", "should I").</summary>
    public IReadOnlyList<string> PersonalCues { get; init; } = [];

    /// <summary>Words of COB's services: a message naming one is about the service, not the condition.</summary>
    public IReadOnlyList<string> ServiceTerms { get; init; } = [];

    /// <summary>The rules shipped in the app.</summary>
    public static MedicalAdviceRules Shipped { get; } = Load();

    /// <summary>Whether <paramref name="text"/> asks for medical advice.</summary>
    public bool IsAdviceRequest(string? text)
    {
        var normalized = PhraseText.Normalize(text);
        bool Has(IEnumerable<string> phrases) => phrases.Any(p => PhraseText.ContainsPhrase(normalized, p));
        if (Has(ServiceTerms)) return false;
        return Has(AdvicePhrases) || (Has(ClinicalTerms) && Has(PersonalCues));
    }

    private static MedicalAdviceRules Load()
    {
        using var stream = typeof(MedicalAdviceRules).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource '{ResourceName}' is missing.");
        return JsonSerializer.Deserialize<MedicalAdviceRules>(stream, JsonSerializerOptions.Web)
            ?? throw new InvalidOperationException("The medical-advice rules are empty.");
    }
}
