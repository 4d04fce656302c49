using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CobBot.Framework.State.EntityFramework;

/// <summary>
/// Sets <c>PRAGMA synchronous=NORMAL</c> on every opened SQLite connection (the setting is per connection).
/// With WAL this is corruption-safe and skips the fsync on every commit — the bulk of a state write's cost;
/// a power loss (not a process crash) may lose the last few committed turns.
/// </summary>
public sealed class SqliteSynchronousInterceptor : DbConnectionInterceptor
{
    private const string Sql = "PRAGMA synchronous=NORMAL;";

    private SqliteSynchronousInterceptor()
    {
    }

    /// <summary>The shared instance; add it to a SQLite <c>DbContextOptionsBuilder</c> with <c>AddInterceptors</c>.</summary>
    public static SqliteSynchronousInterceptor Instance { get; } = new();

    /// <inheritdoc/>
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Sql;
        command.ExecuteNonQuery();
    }

    /// <inheritdoc/>
    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default) =>
        ApplyAsync(connection, cancellationToken);

    /// <summary>Sets <c>synchronous=NORMAL</c> on an open connection (also used for connections opened outside EF Core).</summary>
    public static async Task ApplyAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.CommandText = Sql;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
