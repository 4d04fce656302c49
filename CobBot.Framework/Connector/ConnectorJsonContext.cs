using System.Text.Json.Serialization;

namespace CobBot.Framework.Connector;

/// <summary>Source-generated metadata for the token endpoint and Connector error bodies.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    PropertyNameCaseInsensitive = true,
    NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(TokenResponse))]
[JsonSerializable(typeof(ConnectorErrorResponse))]
internal sealed partial class ConnectorJsonContext : JsonSerializerContext;
