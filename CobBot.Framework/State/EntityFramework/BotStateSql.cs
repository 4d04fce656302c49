namespace CobBot.Framework.State.EntityFramework;

/// <summary>
/// The SQL behind <see cref="EntityFrameworkStorage"/>. Writes are single conditional statements so the
/// database decides conflicts atomically; the names match <see cref="BotStateItemConfiguration"/>.
/// Interpolated values become parameters (EF's <c>ExecuteSqlAsync</c>).
/// </summary>
internal static class BotStateSql
{
    public const string CreateTableSqlite = """
        CREATE TABLE IF NOT EXISTS "BotState" (
            "Key" TEXT NOT NULL CONSTRAINT "PK_BotState" PRIMARY KEY,
            "Document" TEXT NOT NULL,
            "ETag" TEXT NOT NULL,
            "UpdatedAt" TEXT NOT NULL)
        """;

    public const string CreateTablePostgres = """
        CREATE TABLE IF NOT EXISTS "BotState" (
            "Key" text NOT NULL CONSTRAINT "PK_BotState" PRIMARY KEY,
            "Document" text NOT NULL,
            "ETag" text NOT NULL,
            "UpdatedAt" timestamp with time zone NOT NULL)
        """;

    /// <summary>Creates the row; affects no row when the key exists (the eTag was <c>null</c>: "I saw no item").</summary>
    public static FormattableString Insert(string key, string document, string etag, DateTimeOffset now) => $"""
        INSERT INTO "BotState" ("Key", "Document", "ETag", "UpdatedAt") VALUES ({key}, {document}, {etag}, {now})
        ON CONFLICT ("Key") DO NOTHING
        """;

    /// <summary>Replaces the row only while it still has <paramref name="expected"/>; affects no row otherwise.</summary>
    public static FormattableString Update(string key, string document, string etag, DateTimeOffset now, string expected) => $"""
        UPDATE "BotState" SET "Document" = {document}, "ETag" = {etag}, "UpdatedAt" = {now}
        WHERE "Key" = {key} AND "ETag" = {expected}
        """;

    /// <summary>Creates or replaces the row whatever its eTag (<c>"*"</c>).</summary>
    public static FormattableString Upsert(string key, string document, string etag, DateTimeOffset now) => $"""
        INSERT INTO "BotState" ("Key", "Document", "ETag", "UpdatedAt") VALUES ({key}, {document}, {etag}, {now})
        ON CONFLICT ("Key") DO UPDATE SET "Document" = excluded."Document", "ETag" = excluded."ETag", "UpdatedAt" = excluded."UpdatedAt"
        """;
}
