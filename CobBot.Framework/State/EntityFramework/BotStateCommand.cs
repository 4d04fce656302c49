using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CobBot.Framework.State.EntityFramework;

/// <summary>
/// An ADO.NET command on a <see cref="StorageDbContext"/>'s connection, enlisted in its current transaction.
/// The connection is opened through EF Core, so its connection interceptors (SQLite's <c>synchronous</c>) still run,
/// and it is closed when the context is disposed.
/// </summary>
internal sealed class BotStateCommand : IAsyncDisposable
{
    private readonly DbCommand _command;

    private BotStateCommand(DbCommand command) => _command = command;

    /// <summary>Opens the context's connection (if needed) and creates a command for <paramref name="sql"/>.</summary>
    public static async Task<BotStateCommand> CreateAsync(StorageDbContext db, string sql, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        return new BotStateCommand(command);
    }

    /// <summary>Binds a named parameter (e.g. <c>@key</c>).</summary>
    public BotStateCommand Add(string name, object value)
    {
        var parameter = _command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        _command.Parameters.Add(parameter);
        return this;
    }

    /// <summary>Runs a write; returns the number of rows affected.</summary>
    public Task<int> ExecuteNonQueryAsync(CancellationToken cancellationToken) => _command.ExecuteNonQueryAsync(cancellationToken);

    /// <summary>Runs a query.</summary>
    public Task<DbDataReader> ExecuteReaderAsync(CancellationToken cancellationToken) => _command.ExecuteReaderAsync(cancellationToken);

    public ValueTask DisposeAsync() => _command.DisposeAsync();
}
