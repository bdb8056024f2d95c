using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Modules.Garderie.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class BookingPriceRule : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "PriceRule",
                table: "garderie_bookings",
                type: "TEXT",
                maxLength: 120,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PriceRule",
                table: "garderie_bookings");
        }
    }
}
