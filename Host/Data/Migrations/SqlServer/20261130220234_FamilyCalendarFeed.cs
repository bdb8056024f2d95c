using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Host.Data.Migrations.SqlServer
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
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_families_CalendarTokenHash",
                schema: "platform",
                table: "families",
                column: "CalendarTokenHash",
                unique: true,
                filter: "[CalendarTokenHash] IS NOT NULL");
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
