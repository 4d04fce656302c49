using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace CobBot.Chat;

/// <summary>The answer of <c>POST /api/chat</c> (the v1 REST contract).</summary>
/// <param name="Response">The text of the bot's replies, joined by blank lines.</param>
/// <param name="SessionId">The conversation, to send with the next message.</param>
/// <param name="Intent">The recognizer's top intent for the message; null when it was not recognized.</param>
/// <param name="Timestamp">When the answer was produced (UTC).</param>
/// <param name="Activities">The bot's reply activities as the Bot Framework sends them (cards, suggested actions).</param>
public sealed record ChatResponse(
    [property: JsonPropertyName("response")] string Response,
    [property: JsonPropertyName("session_id")] string SessionId,
    [property: JsonPropertyName("intent")] string? Intent,
    [property: JsonPropertyName("timestamp")] DateTimeOffset Timestamp,
    [property: JsonPropertyName("activities")] JsonArray Activities);
