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
            migrationBuilder.DropColumn(
                name: "Embedding",
                table: "KnowledgeSections");

            migrationBuilder.DropColumn(
                name: "EmbeddingFingerprint",
                table: "KnowledgeSections");
        }
    }
}
