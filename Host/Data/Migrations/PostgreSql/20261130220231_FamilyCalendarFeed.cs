using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Host.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class FamilyCalendarFeed : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CalendarTokenHash",
                schema: "platform",
                table: "families",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_families_CalendarTokenHash",
                schema: "platform",
                table: "families",
                column: "CalendarTokenHash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_families_CalendarTokenHash",
                schema: "platform",
                table: "families");

            migrationBuilder.DropColumn(
                name: "CalendarTokenHash",
                schema: "platform",
                table: "families");
        }
    }
}
