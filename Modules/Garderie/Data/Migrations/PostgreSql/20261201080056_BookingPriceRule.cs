using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Modules.Garderie.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class BookingPriceRule : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "PriceRule",
                schema: "garderie",
                table: "bookings",
                type: "character varying(120)",
                maxLength: 120,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PriceRule",
                schema: "garderie",
                table: "bookings");
        }
    }
}
