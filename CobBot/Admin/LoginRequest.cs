using System.Text.Json.Serialization;

namespace CobBot.Admin;

/// <summary>The body of <c>POST /api/admin/login</c>.</summary>
public sealed record LoginRequest(
    [property: JsonPropertyName("username")] string? Username,
    [property: JsonPropertyName("password")] string? Password);
