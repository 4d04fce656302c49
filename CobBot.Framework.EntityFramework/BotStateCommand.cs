using System.Data.Common;

namespace CobBot.Framework.State.EntityFramework;

/// <summary>An ADO.NET command of <see cref="EntityFrameworkStorage"/> with named parameters (<c>@key</c>, …).</summary>
internal sealed class BotStateCommand : IAsyncDisposable
{
    private readonly DbCommand _command;

    private BotStateCommand(DbCommand command) => _command = command;

    /// <summary>Creates a command for <paramref name="sql"/> on an open connection, in <paramref name="transaction"/> if any.</summary>
    public static BotStateCommand Create(DbConnection connection, DbTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return new BotStateCommand(command);
    }

    /// <summary>Binds a named parameter.</summary>
    public BotStateCommand Add(string name, object value)
    {
        var parameter = _command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        _command.Parameters.Add(parameter);
        return this;
    }

    /// <summary>Binds <paramref name="keys"/> as the key parameters of <see cref="BotStateSql.Select"/> or <see cref="BotStateSql.Delete"/>.</summary>
    public BotStateCommand AddKeys(IEnumerable<string> keys)
    {
        var index = 0;
        foreach (var key in keys) Add(BotStateSql.KeyParameter(index++), key);
        return this;
    }

    /// <summary>Runs a write; returns the number of rows affected.</summary>
    public Task<int> ExecuteNonQueryAsync(CancellationToken cancellationToken) => _command.ExecuteNonQueryAsync(cancellationToken);

    /// <summary>Runs a query.</summary>
    public Task<DbDataReader> ExecuteReaderAsync(CancellationToken cancellationToken) => _command.ExecuteReaderAsync(cancellationToken);

    public ValueTask DisposeAsync() => _command.DisposeAsync();
}
