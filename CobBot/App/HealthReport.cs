using System.Text.Json.Serialization;

namespace CobBot.App;

/// <summary>The answer of <c>GET /api/health</c>: the v1 REST contract's <c>status</c> and <c>timestamp</c>, plus the recognizer and database.</summary>
/// <param name="Status"><c>healthy</c>, or <c>unhealthy</c> when the database is unreachable or not migrated.</param>
/// <param name="Timestamp">When the check ran (UTC).</param>
/// <param name="Recognizer">Which recognizer answers.</param>
/// <param name="Database">The database's state.</param>
public sealed record HealthReport(
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("timestamp")] DateTimeOffset Timestamp,
    [property: JsonPropertyName("recognizer")] RecognizerHealth Recognizer,
    [property: JsonPropertyName("database")] DatabaseHealthReport Database);
