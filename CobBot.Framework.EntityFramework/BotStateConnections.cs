using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace CobBot.Framework.State.EntityFramework;

/// <summary>
/// Opens plain ADO.NET connections (the provider's own pooled connections) to the database of the storage's EF Core
/// context, for the per-turn statements. Opening through EF Core costs more than the one-row statements themselves:
/// its connection bookkeeping, interceptors and per-open setup run on every open. SQLite connections get the same
/// <c>synchronous=NORMAL</c> as the context's (<see cref="SqliteSynchronousInterceptor"/>).
/// </summary>
internal sealed class BotStateConnections(DbProviderFactory provider, string connectionString, bool isSqlite)
{
    /// <summary>True for SQLite, whose writers <see cref="EntityFrameworkStorage"/> queues.</summary>
    public bool IsSqlite => isSqlite;

    /// <summary>Connections to the database <paramref name="database"/> is configured for.</summary>
    public static BotStateConnections For(DatabaseFacade database) => new(
        DbProviderFactories.GetFactory(database.GetDbConnection()) ?? throw new InvalidOperationException($"'{database.ProviderName}' has no ADO.NET provider factory."),
        database.GetConnectionString() ?? throw new InvalidOperationException("The bot state context has no connection string."),
        database.IsSqlite());

    /// <summary>Opens a connection; dispose it to return it to the provider's pool.</summary>
    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = provider.CreateConnection() ?? throw new InvalidOperationException("The ADO.NET provider created no connection.");
        try
        {
            connection.ConnectionString = connectionString;
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            if (isSqlite) await SqliteSynchronousInterceptor.ApplyAsync(connection, cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
