using System.Text.Json.Serialization;

namespace CobBot.Chat;

/// <summary>The body of <c>POST /api/chat</c> (the v1 REST contract).</summary>
/// <param name="Message">The customer's message.</param>
/// <param name="SessionId">The conversation to continue; a new one is started when absent.</param>
public sealed record ChatRequest(
    [property: JsonPropertyName("message")] string? Message,
    [property: JsonPropertyName("session_id")] string? SessionId);
