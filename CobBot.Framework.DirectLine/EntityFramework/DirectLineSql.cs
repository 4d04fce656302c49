namespace CobBot.Framework.DirectLine.EntityFramework;

/// <summary>The idempotent SQLite and PostgreSQL DDL for <see cref="DirectLineDbContext"/>'s tables (names match its model).</summary>
internal static class DirectLineSql
{
    /// <summary>Whether <c>DirectLineConversations</c> predates <c>LastActivityAt</c> (then <see cref="AddLastActivityAt"/> runs).</summary>
    public const string LacksLastActivityAt = """
        SELECT COUNT(*) = 0 AS "Value" FROM pragma_table_info('DirectLineConversations') WHERE "name" = 'LastActivityAt'
        """;

    /// <summary>Adds <c>LastActivityAt</c> to a table created before it existed.</summary>
    public const string AddLastActivityAt = """ALTER TABLE "DirectLineConversations" ADD COLUMN "LastActivityAt" TEXT NULL""";

    public static readonly string[] CreateSqlite =
    [
        """
        CREATE TABLE IF NOT EXISTS "DirectLineConversations" (
            "Id" TEXT NOT NULL CONSTRAINT "PK_DirectLineConversations" PRIMARY KEY,
            "UserId" TEXT NULL,
            "UserName" TEXT NULL,
            "ServiceUrl" TEXT NOT NULL,
            "LastSequence" INTEGER NOT NULL,
            "CreatedAt" TEXT NOT NULL,
            "LastActivityAt" TEXT NULL)
        """,
        """
        CREATE TABLE IF NOT EXISTS "DirectLineActivities" (
            "ConversationId" TEXT NOT NULL,
            "Sequence" INTEGER NOT NULL,
            "ActivityId" TEXT NOT NULL,
            "Document" TEXT NOT NULL,
            CONSTRAINT "PK_DirectLineActivities" PRIMARY KEY ("ConversationId", "Sequence"))
        """,
        """
        CREATE INDEX IF NOT EXISTS "IX_DirectLineActivities_ConversationId_ActivityId"
            ON "DirectLineActivities" ("ConversationId", "ActivityId")
        """,
        """
        CREATE TABLE IF NOT EXISTS "DirectLineUploads" (
            "Id" TEXT NOT NULL CONSTRAINT "PK_DirectLineUploads" PRIMARY KEY,
            "ConversationId" TEXT NOT NULL,
            "ContentType" TEXT NOT NULL,
            "Name" TEXT NULL,
            "Content" BLOB NOT NULL,
            "CreatedAt" TEXT NOT NULL)
        """,
    ];

    /// <summary>Serialises the PostgreSQL DDL across instances starting at once (concurrent <c>CREATE TABLE IF NOT EXISTS</c> can collide).</summary>
    public const string LockPostgres = "SELECT pg_advisory_xact_lock(hashtext('CobBot.DirectLine'))";

    public static readonly string[] CreatePostgres =
    [
        """
        CREATE TABLE IF NOT EXISTS "DirectLineConversations" (
            "Id" text NOT NULL CONSTRAINT "PK_DirectLineConversations" PRIMARY KEY,
            "UserId" text NULL,
            "UserName" text NULL,
            "ServiceUrl" text NOT NULL,
            "LastSequence" bigint NOT NULL,
            "CreatedAt" timestamp with time zone NOT NULL,
            "LastActivityAt" timestamp with time zone NULL)
        """,
        """
        CREATE TABLE IF NOT EXISTS "DirectLineActivities" (
            "ConversationId" text NOT NULL,
            "Sequence" bigint NOT NULL,
            "ActivityId" text NOT NULL,
            "Document" text NOT NULL,
            CONSTRAINT "PK_DirectLineActivities" PRIMARY KEY ("ConversationId", "Sequence"))
        """,
        """
        CREATE INDEX IF NOT EXISTS "IX_DirectLineActivities_ConversationId_ActivityId"
            ON "DirectLineActivities" ("ConversationId", "ActivityId")
        """,
        """
        CREATE TABLE IF NOT EXISTS "DirectLineUploads" (
            "Id" text NOT NULL CONSTRAINT "PK_DirectLineUploads" PRIMARY KEY,
            "ConversationId" text NOT NULL,
            "ContentType" text NOT NULL,
            "Name" text NULL,
            "Content" bytea NOT NULL,
            "CreatedAt" timestamp with time zone NOT NULL)
        """,
    ];
}
