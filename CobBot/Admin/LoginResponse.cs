using System.Text.Json.Serialization;

namespace CobBot.Admin;

/// <summary>The answer to a successful login (the v1 REST contract: <c>access_token</c>, <c>token_type</c>).</summary>
public sealed record LoginResponse(
    [property: JsonPropertyName("access_token")] string AccessToken,
    [property: JsonPropertyName("token_type")] string TokenType,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonPropertyName("roles")] IReadOnlyList<string> Roles);
