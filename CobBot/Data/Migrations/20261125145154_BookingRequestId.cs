using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CobBot.Data.Migrations
{
    /// <inheritdoc />
    public partial class BookingRequestId : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "RequestId",
                table: "Appointments",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Appointments_RequestId",
                table: "Appointments",
                column: "RequestId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Appointments_RequestId",
                table: "Appointments");

            // EF Core's SQLite provider refuses DropColumn; SQLite itself has ALTER TABLE DROP COLUMN since 3.35.
            migrationBuilder.Sql("ALTER TABLE \"Appointments\" DROP COLUMN \"RequestId\";");
        }
    }
}
