using Microsoft.Data.Sqlite;

namespace CobBot.BenchBot;

/// <summary>A SQLite state database file in a fresh temporary directory, deleted with the directory on dispose.</summary>
public sealed class TemporarySqliteDatabase : IDisposable
{
    private readonly string _directory;

    /// <summary>Creates the directory; the storage creates the file (in WAL mode) on first use.</summary>
    public TemporarySqliteDatabase()
    {
        _directory = Directory.CreateTempSubdirectory("cobbot-bench-").FullName;
        ConnectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(_directory, "state.db") }.ToString();
    }

    /// <summary>The connection string of the database file.</summary>
    public string ConnectionString { get; }

    /// <summary>Closes pooled connections and deletes the directory.</summary>
    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
