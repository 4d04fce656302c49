namespace CobBot.Data;

/// <summary>The <c>Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Database";

    /// <summary>
    /// The engine; when not set, PostgreSQL if <c>DATABASE_URL</c> is a <c>postgres://</c> URL, else SQLite.
    /// </summary>
    public DatabaseProvider? Provider { get; set; }
}
