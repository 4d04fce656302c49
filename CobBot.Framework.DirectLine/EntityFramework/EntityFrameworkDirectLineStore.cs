using System.Globalization;
using CobBot.Framework.Schema;
using Microsoft.EntityFrameworkCore;

namespace CobBot.Framework.DirectLine.EntityFramework;

/// <summary>
/// <see cref="IDirectLineStore"/> on SQLite or PostgreSQL through <see cref="DirectLineDbContext"/>. Numbers are taken by
/// incrementing the conversation row inside the appending transaction, so concurrent writers (also other app
/// instances on the same database) never reuse one.
/// </summary>
public sealed class EntityFrameworkDirectLineStore : IDirectLineStore
{
    private readonly IDbContextFactory<DirectLineDbContext> _contextFactory;
    private readonly TimeProvider _timeProvider;
    private readonly Lazy<Task> _initialization;

    /// <summary>Creates the store over a (pooled) context factory.</summary>
    public EntityFrameworkDirectLineStore(IDbContextFactory<DirectLineDbContext> contextFactory, TimeProvider timeProvider)
    {
        _contextFactory = contextFactory ?? throw new ArgumentNullException(nameof(contextFactory));
        _timeProvider = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
        _initialization = new Lazy<Task>(CreateTablesAsync);
    }

    /// <summary>Creates the tables if they do not exist (idempotent; awaited by every operation).</summary>
    public Task InitializeAsync(CancellationToken cancellationToken = default) => _initialization.Value.WaitAsync(cancellationToken);

    /// <inheritdoc/>
    public async Task<bool> TryCreateConversationAsync(DirectLineConversation conversation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        await using var db = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var inserted = await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "DirectLineConversations" ("Id", "UserId", "UserName", "ServiceUrl", "LastSequence", "CreatedAt")
            VALUES ({conversation.Id}, {conversation.UserId}, {conversation.UserName}, {conversation.ServiceUrl}, 0, {conversation.CreatedAt})
            ON CONFLICT ("Id") DO NOTHING
            """, cancellationToken).ConfigureAwait(false);
        return inserted == 1;
    }

    /// <inheritdoc/>
    public async Task<DirectLineConversation?> GetConversationAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        await using var db = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await db.Conversations.AsNoTracking().Where(c => c.Id == conversationId)
            .Select(c => new DirectLineConversation(c.Id, c.UserId, c.UserName, c.ServiceUrl, c.CreatedAt))
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async Task<bool> TrySetUserAsync(string conversationId, string userId, string? userName, CancellationToken cancellationToken = default)
    {
        await using var db = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await db.Conversations.Where(c => c.Id == conversationId && c.UserId == null)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.UserId, userId).SetProperty(c => c.UserName, userName), cancellationToken)
            .ConfigureAwait(false) == 1;
    }

    /// <inheritdoc/>
    public async Task<Activity> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        await using var db = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var sequence = await NextSequenceAsync(db, conversationId, cancellationToken).ConfigureAwait(false);
        activity.Id = ActivityId(conversationId, sequence);
        activity.Timestamp ??= _timeProvider.GetUtcNow();
        db.Activities.Add(new DirectLineActivityRow
        {
            ConversationId = conversationId, Sequence = sequence, ActivityId = activity.Id, Document = BotJson.Serialize(activity),
        });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return activity;
    }

    /// <inheritdoc/>
    public async Task<DirectLineActivityPage> GetActivitiesAsync(string conversationId, long watermark, int maxCount, CancellationToken cancellationToken = default)
    {
        await using var db = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await db.Activities.AsNoTracking()
            .Where(a => a.ConversationId == conversationId && a.Sequence > watermark)
            .OrderBy(a => a.Sequence).Take(maxCount)
            .Select(a => new { a.Sequence, a.Document })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var activities = rows.Select(r => BotJson.Deserialize(r.Document)!).ToList();
        return new DirectLineActivityPage(activities, rows.Count == 0 ? watermark : rows[^1].Sequence);
    }

    /// <inheritdoc/>
    public async Task<Activity?> ReplaceAsync(string conversationId, Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var activityId = activity.Id ?? throw new ArgumentException("The activity to replace needs its id.", nameof(activity));
        await using var db = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var old = await db.Activities.Where(a => a.ConversationId == conversationId && a.ActivityId == activityId)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (old is null) return null;
        activity.Timestamp = BotJson.Deserialize(old.Document)?.Timestamp ?? _timeProvider.GetUtcNow();
        var sequence = await NextSequenceAsync(db, conversationId, cancellationToken).ConfigureAwait(false);
        db.Activities.Remove(old);
        db.Activities.Add(new DirectLineActivityRow
        {
            ConversationId = conversationId, Sequence = sequence, ActivityId = activityId, Document = BotJson.Serialize(activity),
        });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return activity;
    }

    /// <inheritdoc/>
    public async Task<bool> DeleteAsync(string conversationId, string activityId, CancellationToken cancellationToken = default)
    {
        await using var db = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await db.Activities.Where(a => a.ConversationId == conversationId && a.ActivityId == activityId)
            .ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false) > 0;
    }

    /// <inheritdoc/>
    public async Task<int> DeleteConversationsIdleSinceAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default)
    {
        // Times are UTC: on SQLite text in one format and offset, so text order is time order.
        var utcCutoff = cutoff.ToUniversalTime();
        await using var db = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await db.Database.ExecuteSqlAsync($"""
            DELETE FROM "DirectLineActivities" WHERE "ConversationId" IN
                (SELECT "Id" FROM "DirectLineConversations" WHERE COALESCE("LastActivityAt", "CreatedAt") < {utcCutoff})
            """, cancellationToken).ConfigureAwait(false);
        await db.Database.ExecuteSqlAsync($"""
            DELETE FROM "DirectLineUploads" WHERE "ConversationId" IN
                (SELECT "Id" FROM "DirectLineConversations" WHERE COALESCE("LastActivityAt", "CreatedAt") < {utcCutoff})
            """, cancellationToken).ConfigureAwait(false);
        var deleted = await db.Database.ExecuteSqlAsync(
            $"""DELETE FROM "DirectLineConversations" WHERE COALESCE("LastActivityAt", "CreatedAt") < {utcCutoff}""", cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return deleted;
    }

    /// <inheritdoc/>
    public async Task SaveUploadAsync(DirectLineUpload upload, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(upload);
        await using var db = await OpenAsync(cancellationToken).ConfigureAwait(false);
        db.Uploads.Add(new DirectLineUploadRow
        {
            Id = upload.Id, ConversationId = upload.ConversationId, ContentType = upload.ContentType, Name = upload.Name,
            Content = upload.Content, CreatedAt = _timeProvider.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async Task<DirectLineUpload?> GetUploadAsync(string uploadId, CancellationToken cancellationToken = default)
    {
        await using var db = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await db.Uploads.AsNoTracking().Where(u => u.Id == uploadId)
            .Select(u => new DirectLineUpload(u.Id, u.ConversationId, u.ContentType, u.Name, u.Content))
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
    }

    private static string ActivityId(string conversationId, long sequence) =>
        conversationId + "|" + sequence.ToString("D7", CultureInfo.InvariantCulture);

    private async Task<long> NextSequenceAsync(DirectLineDbContext db, string conversationId, CancellationToken cancellationToken)
    {
        var now = _timeProvider.GetUtcNow();
        var updated = await db.Database.ExecuteSqlAsync(
            $"""UPDATE "DirectLineConversations" SET "LastSequence" = "LastSequence" + 1, "LastActivityAt" = {now} WHERE "Id" = {conversationId}""",
            cancellationToken).ConfigureAwait(false);
        if (updated == 0) throw new InvalidOperationException("The Direct Line conversation does not exist.");
        return await db.Conversations.Where(c => c.Id == conversationId).Select(c => c.LastSequence)
            .FirstAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<DirectLineDbContext> OpenAsync(CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        return await _contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task CreateTablesAsync()
    {
        await using var db = await _contextFactory.CreateDbContextAsync().ConfigureAwait(false);
        if (db.Database.IsNpgsql())
        {
            await using var transaction = await db.Database.BeginTransactionAsync().ConfigureAwait(false);
            await db.Database.ExecuteSqlRawAsync(DirectLineSql.LockPostgres).ConfigureAwait(false);
            foreach (var statement in DirectLineSql.CreatePostgres)
                await db.Database.ExecuteSqlRawAsync(statement).ConfigureAwait(false);
            await transaction.CommitAsync().ConfigureAwait(false);
            return;
        }

        if (!db.Database.IsSqlite())
            throw new NotSupportedException($"The Direct Line store supports SQLite and PostgreSQL, not '{db.Database.ProviderName}'.");
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;").ConfigureAwait(false);
        foreach (var statement in DirectLineSql.CreateSqlite)
            await db.Database.ExecuteSqlRawAsync(statement).ConfigureAwait(false);
        if (await db.Database.SqlQueryRaw<bool>(DirectLineSql.LacksLastActivityAt).SingleAsync().ConfigureAwait(false))
            await db.Database.ExecuteSqlRawAsync(DirectLineSql.AddLastActivityAt).ConfigureAwait(false);
    }
}
