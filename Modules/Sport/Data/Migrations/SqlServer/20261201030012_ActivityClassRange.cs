using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Modules.Sport.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ActivityClassRange : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "MaxClass",
                schema: "sport",
                table: "activities",
                type: "nvarchar(4)",
                maxLength: 4,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MinClass",
                schema: "sport",
                table: "activities",
                type: "nvarchar(4)",
                maxLength: 4,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "MaxClass",
                schema: "sport",
                table: "activities");

            migrationBuilder.DropColumn(
                name: "MinClass",
                schema: "sport",
                table: "activities");
        }
    }
}
