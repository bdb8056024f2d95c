using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Modules.Sport.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ActivityClassRange : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "MaxClass",
                table: "sport_activities",
                type: "TEXT",
                maxLength: 4,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MinClass",
                table: "sport_activities",
                type: "TEXT",
                maxLength: 4,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "MaxClass",
                table: "sport_activities");

            migrationBuilder.DropColumn(
                name: "MinClass",
                table: "sport_activities");
        }
    }
}
