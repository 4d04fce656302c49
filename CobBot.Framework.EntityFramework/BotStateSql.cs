namespace CobBot.Framework.State.EntityFramework;

/// <summary>
/// The SQL behind <see cref="EntityFrameworkStorage"/>. Writes are single conditional statements so the
/// database decides conflicts atomically; the names match <see cref="BotStateItemConfiguration"/>.
/// Values are bound as named parameters (<c>@key</c>, …) by <see cref="BotStateCommand"/>.
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

    /// <summary>Reads the rows of <paramref name="keyCount"/> keys, bound as <see cref="KeyParameter"/> 0, 1, ….</summary>
    public static string Select(int keyCount) => keyCount == 1
        ? SelectOne
        : $"""SELECT "Key", "Document", "ETag" FROM "BotState" WHERE "Key" IN ({KeyList(keyCount)})""";

    /// <summary>Deletes the rows of <paramref name="keyCount"/> keys, bound as <see cref="KeyParameter"/> 0, 1, ….</summary>
    public static string Delete(int keyCount) => $"""DELETE FROM "BotState" WHERE "Key" IN ({KeyList(keyCount)})""";

    /// <summary>The name of the <paramref name="index"/>th key parameter of <see cref="Select"/> and <see cref="Delete"/>.</summary>
    public static string KeyParameter(int index) => index == 0 ? "@k0" : $"@k{index}";

    /// <summary>Creates the row; affects no row when the key exists (the eTag was <c>null</c>: "I saw no item").</summary>
    public const string Insert = """
        INSERT INTO "BotState" ("Key", "Document", "ETag", "UpdatedAt") VALUES (@key, @document, @etag, @updatedAt)
        ON CONFLICT ("Key") DO NOTHING
        """;

    /// <summary>Replaces the row only while it still has <c>@expected</c>; affects no row otherwise.</summary>
    public const string Update = """
        UPDATE "BotState" SET "Document" = @document, "ETag" = @etag, "UpdatedAt" = @updatedAt
        WHERE "Key" = @key AND "ETag" = @expected
        """;

    /// <summary>Creates or replaces the row whatever its eTag (<c>"*"</c>).</summary>
    public const string Upsert = """
        INSERT INTO "BotState" ("Key", "Document", "ETag", "UpdatedAt") VALUES (@key, @document, @etag, @updatedAt)
        ON CONFLICT ("Key") DO UPDATE SET "Document" = excluded."Document", "ETag" = excluded."ETag", "UpdatedAt" = excluded."UpdatedAt"
        """;

    private const string SelectOne = """SELECT "Key", "Document", "ETag" FROM "BotState" WHERE "Key" = @k0""";

    private static string KeyList(int keyCount) => string.Join(", ", Enumerable.Range(0, keyCount).Select(KeyParameter));
}
