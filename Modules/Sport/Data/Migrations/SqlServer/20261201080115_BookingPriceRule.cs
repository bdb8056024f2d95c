using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Modules.Sport.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class BookingPriceRule : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "PriceRule",
                schema: "sport",
                table: "bookings",
                type: "nvarchar(120)",
                maxLength: 120,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PriceRule",
                schema: "sport",
                table: "bookings");
        }
    }
}
