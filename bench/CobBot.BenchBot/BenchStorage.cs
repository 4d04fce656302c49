namespace CobBot.BenchBot;

/// <summary>Where the bench bot keeps its state.</summary>
public enum BenchStorage
{
    /// <summary>In-process <see cref="CobBot.Framework.State.MemoryStorage"/>, as the peer.</summary>
    Memory,

    /// <summary>A SQLite file (WAL) in a temporary directory.</summary>
    Sqlite,

    /// <summary>A temporary database on the PostgreSQL server named by <c>ConnectionStrings:Postgres</c>.</summary>
    Postgres,
}
