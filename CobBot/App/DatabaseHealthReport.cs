using System.Text.Json.Serialization;

namespace CobBot.App;

/// <summary>The database part of <see cref="HealthReport"/>.</summary>
/// <param name="Connected">Whether a connection could be opened.</param>
/// <param name="LastMigration">The newest applied migration.</param>
/// <param name="PendingMigrations">Migrations not applied yet.</param>
public sealed record DatabaseHealthReport(
    [property: JsonPropertyName("connected")] bool Connected,
    [property: JsonPropertyName("last_migration")] string? LastMigration,
    [property: JsonPropertyName("pending_migrations")] IReadOnlyList<string> PendingMigrations);
