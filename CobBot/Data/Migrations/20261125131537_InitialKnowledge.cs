using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CobBot.Data.Migrations
{
    /// <inheritdoc />
    public partial class InitialKnowledge : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "KnowledgeArticles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Tags = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Body = table.Column<string>(type: "TEXT", nullable: false),
                    ContentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KnowledgeArticles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "KnowledgeFeedback",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ArticleId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Helpful = table.Column<bool>(type: "INTEGER", nullable: false),
                    ConversationKeyHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KnowledgeFeedback", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "KnowledgeSections",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ArticleId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Ordinal = table.Column<int>(type: "INTEGER", nullable: false),
                    Heading = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false)
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
                name: "IX_KnowledgeFeedback_ArticleId",
                table: "KnowledgeFeedback",
                column: "ArticleId");

            migrationBuilder.CreateIndex(
                name: "IX_KnowledgeSections_ArticleId_Ordinal",
                table: "KnowledgeSections",
                columns: new[] { "ArticleId", "Ordinal" },
                unique: true);

            // FTS5 index over the sections. Contentless (the text lives in KnowledgeSections) with
            // contentless_delete so triggers can delete by rowid; Title and Tags come from the article.
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE KnowledgeSearch USING fts5(
                    Title, Heading, Text, Tags,
                    content='', contentless_delete=1, tokenize='porter unicode61 remove_diacritics 2');
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER KnowledgeSections_AfterInsert AFTER INSERT ON KnowledgeSections BEGIN
                    INSERT INTO KnowledgeSearch(rowid, Title, Heading, Text, Tags)
                    SELECT new.Id, a.Title, new.Heading, new.Text, a.Tags FROM KnowledgeArticles a WHERE a.Id = new.ArticleId;
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER KnowledgeSections_AfterDelete AFTER DELETE ON KnowledgeSections BEGIN
                    DELETE FROM KnowledgeSearch WHERE rowid = old.Id;
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER KnowledgeSections_AfterUpdate AFTER UPDATE ON KnowledgeSections BEGIN
                    DELETE FROM KnowledgeSearch WHERE rowid = old.Id;
                    INSERT INTO KnowledgeSearch(rowid, Title, Heading, Text, Tags)
                    SELECT new.Id, a.Title, new.Heading, new.Text, a.Tags FROM KnowledgeArticles a WHERE a.Id = new.ArticleId;
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER KnowledgeArticles_AfterUpdate AFTER UPDATE OF Title, Tags ON KnowledgeArticles BEGIN
                    DELETE FROM KnowledgeSearch WHERE rowid IN (SELECT Id FROM KnowledgeSections WHERE ArticleId = new.Id);
                    INSERT INTO KnowledgeSearch(rowid, Title, Heading, Text, Tags)
                    SELECT s.Id, new.Title, s.Heading, s.Text, new.Tags FROM KnowledgeSections s WHERE s.ArticleId = new.Id;
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER KnowledgeArticles_AfterUpdate;");
            migrationBuilder.Sql("DROP TRIGGER KnowledgeSections_AfterUpdate;");
            migrationBuilder.Sql("DROP TRIGGER KnowledgeSections_AfterDelete;");
            migrationBuilder.Sql("DROP TRIGGER KnowledgeSections_AfterInsert;");
            migrationBuilder.Sql("DROP TABLE KnowledgeSearch;");

            migrationBuilder.DropTable(
                name: "KnowledgeFeedback");

            migrationBuilder.DropTable(
                name: "KnowledgeSections");

            migrationBuilder.DropTable(
                name: "KnowledgeArticles");
        }
    }
}
