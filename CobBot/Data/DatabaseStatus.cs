namespace CobBot.Data;

/// <summary>The database's state as reported by <c>/api/health</c>.</summary>
/// <param name="Connected">Whether a connection could be opened.</param>
/// <param name="LastAppliedMigration">Id of the newest applied migration, or <see langword="null"/> if none.</param>
/// <param name="PendingMigrations">Ids of migrations in the app that the database has not applied.</param>
public sealed record DatabaseStatus(bool Connected, string? LastAppliedMigration, IReadOnlyList<string> PendingMigrations)
{
    /// <summary>Connected and fully migrated.</summary>
    public bool Healthy => Connected && PendingMigrations.Count == 0;
}
