using System.Text.Json;
using System.Text.Json.Serialization;

namespace CobBot.Handoff;

/// <summary>The phrase lists escalation is decided by, loaded from the embedded <c>Handoff/Resources/escalation-rules.json</c>.</summary>
public sealed class EscalationRules
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>Words and phrases with which a customer asks for a person.</summary>
    public IReadOnlyList<string> HandoffPhrases { get; init; } = [];

    /// <summary>Whole messages with which a waiting or handed-off customer returns to the bot.</summary>
    public IReadOnlyList<string> LeavePhrases { get; init; } = [];

    /// <summary>Topics routed to people, most specific routing first: the first match wins.</summary>
    public IReadOnlyList<EscalationTopic> Topics { get; init; } = [];

    /// <summary>True when <paramref name="text"/> is, as a whole, one of the <see cref="LeavePhrases"/>.</summary>
    public bool IsLeaveRequest(string? text)
    {
        var normalized = PhraseText.Normalize(text);
        return LeavePhrases.Any(p => PhraseText.Normalize(p) == normalized);
    }

    /// <summary>Loads the rules shipped in the app.</summary>
    public static EscalationRules LoadEmbedded()
    {
        var assembly = typeof(EscalationRules).Assembly;
        var resource = $"{assembly.GetName().Name}.Handoff.Resources.escalation-rules.json";
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded resource '{resource}' is missing.");
        return JsonSerializer.Deserialize<EscalationRules>(stream, JsonOptions)
            ?? throw new InvalidOperationException("The escalation rules are empty.");
    }
}
