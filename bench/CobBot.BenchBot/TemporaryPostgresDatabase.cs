using Npgsql;

namespace CobBot.BenchBot;

/// <summary>A fresh state database on a PostgreSQL server, dropped on dispose.</summary>
public sealed class TemporaryPostgresDatabase : IDisposable
{
    private readonly string _server;
    private readonly string _name;

    private TemporaryPostgresDatabase(string server, string name)
    {
        (_server, _name) = (server, name);
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    /// <summary>The connection string of the database; the storage creates its table on first use.</summary>
    public string ConnectionString { get; }

    /// <summary>Creates the database on the server <paramref name="server"/> (an Npgsql connection string) names.</summary>
    public static TemporaryPostgresDatabase Create(string server)
    {
        var database = new TemporaryPostgresDatabase(server, $"cobbot_bench_{Guid.NewGuid():N}");
        database.Execute($"CREATE DATABASE \"{database._name}\"");
        return database;
    }

    /// <summary>Closes pooled connections and drops the database.</summary>
    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        Execute($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)");
    }

    private void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(_server);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
