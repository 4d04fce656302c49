using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CobBot.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class InitialPostgres : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Appointments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ConfirmationCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Service = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    StaffId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    StartUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EndUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CustomerName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    EmailNormalized = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    Phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Requirements = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CustomerTimeZone = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Appointments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ConversationMessages",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ConversationKey = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    Role = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    AgentName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Timestamp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConversationMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Escalations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ConversationKey = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    ChannelId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Reason = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Topic = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Skill = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Priority = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ConversationReferenceJson = table.Column<string>(type: "text", nullable: false),
                    Summary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    AssignedAgent = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ClaimedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AwaitingRating = table.Column<bool>(type: "boolean", nullable: false),
                    SatisfactionRating = table.Column<int>(type: "integer", nullable: true),
                    RatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Escalations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "KnowledgeArticles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Category = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Tags = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Body = table.Column<string>(type: "text", nullable: false),
                    ContentHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KnowledgeArticles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "KnowledgeFeedback",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ArticleId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Helpful = table.Column<bool>(type: "boolean", nullable: false),
                    ConversationKeyHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KnowledgeFeedback", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OutboxMessages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MessageId = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: false),
                    Mime = table.Column<string>(type: "text", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    NextAttemptUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    SentUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastError = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TurnRecords",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TurnKeyHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ConversationKeyHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Channel = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Intent = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Score = table.Column<double>(type: "double precision", nullable: false),
                    Sentiment = table.Column<double>(type: "double precision", nullable: false),
                    Recognizer = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    OccurredAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TurnRecords", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AppointmentSlotClaims",
                columns: table => new
                {
                    StaffId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CellStartUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    AppointmentId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AppointmentSlotClaims", x => new { x.StaffId, x.CellStartUtc });
                    table.ForeignKey(
                        name: "FK_AppointmentSlotClaims_Appointments_AppointmentId",
                        column: x => x.AppointmentId,
                        principalTable: "Appointments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CallbackRequests",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EscalationId = table.Column<int>(type: "integer", nullable: false),
                    TicketNumber = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    PhoneE164 = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    PreferredTime = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PreferredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CompletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CallbackRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CallbackRequests_Escalations_EscalationId",
                        column: x => x.EscalationId,
                        principalTable: "Escalations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "KnowledgeSections",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ArticleId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Ordinal = table.Column<int>(type: "integer", nullable: false),
                    Heading = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "text", nullable: false),
                    Embedding = table.Column<byte[]>(type: "bytea", nullable: true),
                    EmbeddingFingerprint = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KnowledgeSections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_KnowledgeSections_KnowledgeArticles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "KnowledgeArticles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Appointments_ConfirmationCode",
                table: "Appointments",
                column: "ConfirmationCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Appointments_EmailNormalized",
                table: "Appointments",
                column: "EmailNormalized");

            migrationBuilder.CreateIndex(
                name: "IX_Appointments_RequestId",
                table: "Appointments",
                column: "RequestId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Appointments_StartUtc",
                table: "Appointments",
                column: "StartUtc");

            migrationBuilder.CreateIndex(
                name: "IX_AppointmentSlotClaims_AppointmentId",
                table: "AppointmentSlotClaims",
                column: "AppointmentId");

            migrationBuilder.CreateIndex(
                name: "IX_AppointmentSlotClaims_CellStartUtc",
                table: "AppointmentSlotClaims",
                column: "CellStartUtc");

            migrationBuilder.CreateIndex(
                name: "IX_CallbackRequests_EscalationId",
                table: "CallbackRequests",
                column: "EscalationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CallbackRequests_TicketNumber",
                table: "CallbackRequests",
                column: "TicketNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ConversationMessages_ConversationKey_Id",
                table: "ConversationMessages",
                columns: new[] { "ConversationKey", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Escalations_ConversationKey",
                table: "Escalations",
                column: "ConversationKey");

            migrationBuilder.CreateIndex(
                name: "IX_Escalations_Status_Priority",
                table: "Escalations",
                columns: new[] { "Status", "Priority" });

            migrationBuilder.CreateIndex(
                name: "IX_KnowledgeFeedback_ArticleId",
                table: "KnowledgeFeedback",
                column: "ArticleId");

            migrationBuilder.CreateIndex(
                name: "IX_KnowledgeSections_ArticleId_Ordinal",
                table: "KnowledgeSections",
                columns: new[] { "ArticleId", "Ordinal" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_MessageId",
                table: "OutboxMessages",
                column: "MessageId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_NextAttemptUtc",
                table: "OutboxMessages",
                column: "NextAttemptUtc");

            migrationBuilder.CreateIndex(
                name: "IX_TurnRecords_OccurredAt",
                table: "TurnRecords",
                column: "OccurredAt");

            migrationBuilder.CreateIndex(
                name: "IX_TurnRecords_TurnKeyHash",
                table: "TurnRecords",
                column: "TurnKeyHash",
                unique: true);

            // Full-text search over the sections (PostgresKnowledgeLexicalSearch): a tsvector with weights A-D for the
            // article's title, the heading, the text and the article's tags, and its token count for bm25's length
            // normalisation. Triggers keep both current, as SQLite's triggers keep its FTS5 table; GIN indexes it.
            // The configuration is 'english' with its Snowball stemmer but no stop-word list, like FTS5's porter
            // tokenizer: a query word such as "whats" (stemmed "what") must be known to the index as it is on SQLite.
            migrationBuilder.Sql("""
                CREATE TEXT SEARCH DICTIONARY cobbot_english_stem (TEMPLATE = snowball, Language = english);
                CREATE TEXT SEARCH CONFIGURATION cobbot_english (COPY = english);
                ALTER TEXT SEARCH CONFIGURATION cobbot_english
                    ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH cobbot_english_stem;
                ALTER TABLE "KnowledgeSections"
                    ADD COLUMN "SearchVector" tsvector NOT NULL DEFAULT ''::tsvector,
                    ADD COLUMN "SearchLength" integer NOT NULL DEFAULT 0;
                CREATE INDEX "IX_KnowledgeSections_SearchVector" ON "KnowledgeSections" USING GIN ("SearchVector");
                """);
            // Words as FTS5's unicode61 tokenizer splits them: every run of letters and digits, so "under-coding",
            // "support@cobcompany.com" and "24/7" are the same tokens (and token count) on both providers rather than
            // the PostgreSQL parser's compound, email and host tokens.
            migrationBuilder.Sql("""
                CREATE FUNCTION knowledge_words(text) RETURNS text LANGUAGE sql IMMUTABLE STRICT
                    RETURN regexp_replace($1, '[^[:alnum:]]+', ' ', 'g');
                CREATE FUNCTION knowledge_section_search() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    SELECT setweight(to_tsvector('cobbot_english', knowledge_words(a."Title")), 'A')
                        || setweight(to_tsvector('cobbot_english', knowledge_words(NEW."Heading")), 'B')
                        || setweight(to_tsvector('cobbot_english', knowledge_words(NEW."Text")), 'C')
                        || setweight(to_tsvector('cobbot_english', knowledge_words(a."Tags")), 'D')
                    INTO NEW."SearchVector"
                    FROM "KnowledgeArticles" a WHERE a."Id" = NEW."ArticleId";
                    NEW."SearchLength" := (SELECT COALESCE(sum(array_length(v.positions, 1)), 0) FROM unnest(NEW."SearchVector") v);
                    RETURN NEW;
                END $$;
                CREATE TRIGGER "KnowledgeSections_Search" BEFORE INSERT OR UPDATE OF "ArticleId", "Heading", "Text" ON "KnowledgeSections"
                    FOR EACH ROW EXECUTE FUNCTION knowledge_section_search();
                CREATE FUNCTION knowledge_article_search() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    UPDATE "KnowledgeSections" SET "Heading" = "Heading" WHERE "ArticleId" = NEW."Id";
                    RETURN NULL;
                END $$;
                CREATE TRIGGER "KnowledgeArticles_Search" AFTER UPDATE OF "Title", "Tags" ON "KnowledgeArticles"
                    FOR EACH ROW EXECUTE FUNCTION knowledge_article_search();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER "KnowledgeArticles_Search" ON "KnowledgeArticles";
                DROP FUNCTION knowledge_article_search();
                DROP TRIGGER "KnowledgeSections_Search" ON "KnowledgeSections";
                DROP FUNCTION knowledge_section_search();
                DROP FUNCTION knowledge_words(text);
                DROP TEXT SEARCH CONFIGURATION cobbot_english;
                DROP TEXT SEARCH DICTIONARY cobbot_english_stem;
                """);

            migrationBuilder.DropTable(
                name: "AppointmentSlotClaims");

            migrationBuilder.DropTable(
                name: "CallbackRequests");

            migrationBuilder.DropTable(
                name: "ConversationMessages");

            migrationBuilder.DropTable(
                name: "KnowledgeFeedback");

            migrationBuilder.DropTable(
                name: "KnowledgeSections");

            migrationBuilder.DropTable(
                name: "OutboxMessages");

            migrationBuilder.DropTable(
                name: "TurnRecords");

            migrationBuilder.DropTable(
                name: "Appointments");

            migrationBuilder.DropTable(
                name: "Escalations");

            migrationBuilder.DropTable(
                name: "KnowledgeArticles");
        }
    }
}
