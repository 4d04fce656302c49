using System.Text.Json.Serialization;

namespace CobBot.Handoff.Persistence;

/// <summary>Who wrote a transcript message.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TranscriptRole>))]
public enum TranscriptRole
{
    /// <summary>The customer.</summary>
    Customer,
    /// <summary>The bot.</summary>
    Bot,
    /// <summary>A live agent.</summary>
    Agent,
}
