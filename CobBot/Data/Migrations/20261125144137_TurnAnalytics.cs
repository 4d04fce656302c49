using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CobBot.Data.Migrations
{
    /// <inheritdoc />
    public partial class TurnAnalytics : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "TurnRecords",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TurnKeyHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ConversationKeyHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Intent = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Score = table.Column<double>(type: "REAL", nullable: false),
                    Sentiment = table.Column<double>(type: "REAL", nullable: false),
                    Recognizer = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    OccurredAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TurnRecords", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TurnRecords_OccurredAt",
                table: "TurnRecords",
                column: "OccurredAt");

            migrationBuilder.CreateIndex(
                name: "IX_TurnRecords_TurnKeyHash",
                table: "TurnRecords",
                column: "TurnKeyHash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TurnRecords");
        }
    }
}
