using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CobBot.Data.Migrations
{
    /// <inheritdoc />
    public partial class SectionEmbeddings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<byte[]>(
                name: "Embedding",
                table: "KnowledgeSections",
                type: "BLOB",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EmbeddingFingerprint",
                table: "KnowledgeSections",
                type: "TEXT",
                maxLength: 64,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // SQLite drops the columns in place: EF's table rebuild would trip the FTS triggers that name KnowledgeSections.
            migrationBuilder.Sql("ALTER TABLE KnowledgeSections DROP COLUMN EmbeddingFingerprint;");
            migrationBuilder.Sql("ALTER TABLE KnowledgeSections DROP COLUMN Embedding;");
        }
    }
}
