using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CobBot.Data.Migrations
{
    /// <summary>
    /// Rebuilds <c>KnowledgeSearch</c> as an FTS5 table that keeps a copy of its text. A contentless_delete table never
    /// takes a deleted row out of the totals bm25 reads (row count, average length), so every re-indexed section made the
    /// corpus look larger and lexical scores drifted upwards with each content change; a table with its own content keeps
    /// them exact. Sections are re-indexed only when their indexed columns change (not when their embedding does).
    /// </summary>
    public partial class KnowledgeSearchKeepsItsText : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => Rebuild(migrationBuilder, "", "OF ArticleId, Heading, Text ");

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => Rebuild(migrationBuilder, "content='', contentless_delete=1, ", "");

        private static void Rebuild(MigrationBuilder migrationBuilder, string contentOptions, string updatedColumns)
        {
            migrationBuilder.Sql("DROP TABLE KnowledgeSearch;");
            migrationBuilder.Sql($"""
                CREATE VIRTUAL TABLE KnowledgeSearch USING fts5(
                    Title, Heading, Text, Tags,
                    {contentOptions}tokenize='porter unicode61 remove_diacritics 2');
                """);
            migrationBuilder.Sql("""
                INSERT INTO KnowledgeSearch(rowid, Title, Heading, Text, Tags)
                SELECT s.Id, a.Title, s.Heading, s.Text, a.Tags FROM KnowledgeSections s JOIN KnowledgeArticles a ON a.Id = s.ArticleId;
                """);
            migrationBuilder.Sql("DROP TRIGGER KnowledgeSections_AfterUpdate;");
            migrationBuilder.Sql($"""
                CREATE TRIGGER KnowledgeSections_AfterUpdate AFTER UPDATE {updatedColumns}ON KnowledgeSections BEGIN
                    DELETE FROM KnowledgeSearch WHERE rowid = old.Id;
                    INSERT INTO KnowledgeSearch(rowid, Title, Heading, Text, Tags)
                    SELECT new.Id, a.Title, new.Heading, new.Text, a.Tags FROM KnowledgeArticles a WHERE a.Id = new.ArticleId;
                END;
                """);
        }
    }
}
