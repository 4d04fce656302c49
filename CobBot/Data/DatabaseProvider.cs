namespace CobBot.Data;

/// <summary>The database engine behind every store of the app.</summary>
public enum DatabaseProvider
{
    /// <summary>An embedded SQLite file (the default).</summary>
    Sqlite,

    /// <summary>A PostgreSQL server, which several instances can share.</summary>
    Postgres,
}
