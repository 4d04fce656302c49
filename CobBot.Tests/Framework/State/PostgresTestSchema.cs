using Npgsql;

namespace CobBot.Tests.Framework.State;

/// <summary>A throwaway schema on the server named by <c>ConnectionStrings__Postgres</c>; its connection string puts it first on the search path.</summary>
internal sealed class PostgresTestSchema : IAsyncDisposable
{
    public const string SkipReason = "Set ConnectionStrings__Postgres to run the PostgreSQL tests.";

    private readonly string _schema;

    private PostgresTestSchema(string schema, string connectionString) => (_schema, ConnectionString) = (schema, connectionString);

    public static string? AdminConnectionString =>
        Environment.GetEnvironmentVariable("ConnectionStrings__Postgres") is { Length: > 0 } value ? value : null;

    public string ConnectionString { get; }

    public static async Task<PostgresTestSchema> CreateAsync()
    {
        var admin = AdminConnectionString ?? throw new InvalidOperationException(SkipReason);
        var schema = $"test_{Guid.NewGuid():N}";
        await ExecuteAsync(admin, $"CREATE SCHEMA \"{schema}\"");
        var connectionString = new NpgsqlConnectionStringBuilder(admin) { SearchPath = schema }.ConnectionString;
        return new PostgresTestSchema(schema, connectionString);
    }

    public async ValueTask DisposeAsync()
    {
        await using (var connection = new NpgsqlConnection(ConnectionString)) NpgsqlConnection.ClearPool(connection);
        await ExecuteAsync(AdminConnectionString!, $"DROP SCHEMA \"{_schema}\" CASCADE");
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
