using System.Data.Common;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;

namespace CobBot.Framework.State.EntityFramework;

/// <summary>
/// An <see cref="IStorage"/> over a relational table (SQLite or PostgreSQL) with the eTag rules of <see cref="StoreItem"/>.
/// Conflicts are decided by the database — a conditional <c>UPDATE … WHERE "ETag" = @expected</c> or an
/// <c>INSERT … ON CONFLICT DO NOTHING</c> that affects no row — never by reading first. A batch runs in one transaction.
/// EF Core creates the table; reads, writes and deletes are plain ADO.NET commands (<see cref="BotStateCommand"/>) on the
/// provider's pooled connections (<see cref="BotStateConnections"/>): EF Core's connection handling and query pipelines
/// cost several times the database work of these one-row statements, and every turn runs them.
/// </summary>
public sealed class EntityFrameworkStorage : IStorage
{
    private readonly IDbContextFactory<StorageDbContext> _contextFactory;
    private readonly TimeProvider _timeProvider;
    private readonly Lock _initializationLock = new();
    private readonly SqliteWriteGate _sqliteWriter;
    private Task? _initialization;
    private BotStateConnections? _connections;

    /// <summary>
    /// Creates the storage over a (pooled) context factory. On SQLite its writes queue in <paramref name="sqliteWriteGate"/>
    /// (shared with the other writers of the same file; its own when none is given).
    /// </summary>
    public EntityFrameworkStorage(IDbContextFactory<StorageDbContext> contextFactory, TimeProvider timeProvider, SqliteWriteGate? sqliteWriteGate = null)
    {
        _contextFactory = contextFactory ?? throw new ArgumentNullException(nameof(contextFactory));
        _timeProvider = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
        _sqliteWriter = sqliteWriteGate ?? new SqliteWriteGate();
    }

    /// <summary>
    /// Creates the table if it does not exist (and switches SQLite to WAL). Idempotent; runs once per instance
    /// (again after a failure) and is awaited by every operation, so a fresh empty database just works.
    /// </summary>
    public Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        var initialization = _initialization;
        if (initialization is null || initialization.IsFaulted || initialization.IsCanceled)
        {
            lock (_initializationLock)
            {
                initialization = _initialization;
                if (initialization is null || initialization.IsFaulted || initialization.IsCanceled)
                    _initialization = initialization = CreateTableAsync();
            }
        }
        return initialization.WaitAsync(cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<IDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var result = new Dictionary<string, StoreItem>(keys.Count, StringComparer.Ordinal);
        if (keys.Count == 0) return result;

        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await _connections!.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = BotStateCommand.Create(connection, null, BotStateSql.Select(keys.Count)).AddKeys(keys);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var document = reader.GetString(1);
            result[reader.GetString(0)] = new StoreItem((JsonObject)JsonNode.Parse(document)!, reader.GetString(2)) { LoadedJson = document };
        }
        return result;
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var etags = new Dictionary<string, string>(changes.Count, StringComparer.Ordinal);
        if (changes.Count == 0) return etags;

        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        var now = _timeProvider.GetUtcNow();
        await using var connection = await _connections!.OpenAsync(cancellationToken).ConfigureAwait(false);
        using var writer = await EnterWriterAsync(cancellationToken).ConfigureAwait(false);
        // One statement is atomic on its own; a batch needs a transaction. Keys in a fixed order keep
        // concurrent batches from deadlocking on PostgreSQL row locks.
        await using var transaction = changes.Count > 1
            ? await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false)
            : null;
        foreach (var (key, item) in changes.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            var etag = Guid.NewGuid().ToString("N");
            var sql = item.ETag switch
            {
                StoreItem.AnyETag => BotStateSql.Upsert,
                null => BotStateSql.Insert,
                _ => BotStateSql.Update,
            };
            await using var command = BotStateCommand.Create(connection, transaction, sql);
            command.Add("@key", key).Add("@document", item.ToJson()).Add("@etag", etag).Add("@updatedAt", now);
            if (item.ETag is not (null or StoreItem.AnyETag)) command.Add("@expected", item.ETag);
            if (await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0)
                throw new ETagConflictException(key, item.ETag, await StoredETagAsync(connection, transaction, key, cancellationToken).ConfigureAwait(false));
            etags[key] = etag;
        }
        if (transaction is not null) await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return etags;
    }

    /// <inheritdoc/>
    public async Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Count == 0) return;

        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await _connections!.OpenAsync(cancellationToken).ConfigureAwait(false);
        using var writer = await EnterWriterAsync(cancellationToken).ConfigureAwait(false);
        await using var command = BotStateCommand.Create(connection, null, BotStateSql.Delete(keys.Count)).AddKeys(keys);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// SQLite writers of this process queue in the <see cref="SqliteWriteGate"/>; PostgreSQL locks rows, so its writers
    /// do not queue. Dispose the result to let the next writer in.
    /// </summary>
    private async Task<IDisposable?> EnterWriterAsync(CancellationToken cancellationToken) =>
        _connections!.IsSqlite ? await _sqliteWriter.EnterAsync(cancellationToken).ConfigureAwait(false) : null;

    /// <summary>The eTag now stored, for the conflict message only (the decision was the database's).</summary>
    private static async Task<string?> StoredETagAsync(DbConnection connection, DbTransaction? transaction, string key, CancellationToken cancellationToken)
    {
        await using var command = BotStateCommand.Create(connection, transaction, BotStateSql.Select(1)).AddKeys([key]);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? reader.GetString(2) : null;
    }

    private async Task CreateTableAsync()
    {
        await using var db = await _contextFactory.CreateDbContextAsync().ConfigureAwait(false);
        var database = db.Database;
        if (database.IsSqlite())
        {
            // journal_mode is persistent, but a PRAGMA inside a transaction is silently ignored: run it on its own.
            await database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;").ConfigureAwait(false);
            await database.ExecuteSqlRawAsync(BotStateSql.CreateTableSqlite).ConfigureAwait(false);
        }
        else if (database.IsNpgsql())
        {
            await database.ExecuteSqlRawAsync(BotStateSql.CreateTablePostgres).ConfigureAwait(false);
        }
        else
        {
            throw new NotSupportedException($"Bot state storage supports SQLite and PostgreSQL, not '{database.ProviderName}'.");
        }
        _connections = BotStateConnections.For(database);
    }
}
