namespace CobBot.Data;

/// <summary>The app database's engine and connection string, as resolved by <see cref="CobBotConnectionString.Resolve"/>.</summary>
/// <param name="Provider">The engine every store uses.</param>
/// <param name="ConnectionString">A Microsoft.Data.Sqlite or Npgsql connection string, per <paramref name="Provider"/>.</param>
public sealed record DatabaseConnection(DatabaseProvider Provider, string ConnectionString)
{
    /// <summary>Whether the database is PostgreSQL.</summary>
    public bool IsPostgres => Provider == DatabaseProvider.Postgres;

    /// <inheritdoc />
    public override string ToString() => $"{Provider} database"; // never the connection string: it may hold a password
}
