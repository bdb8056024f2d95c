using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Modules.Cantine.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CancelledMealRefunds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "RefundedAtUtc",
                table: "cantine_bookings",
                type: "TEXT",
                nullable: true);

            // Meals cancelled before this column were refunded before their cancellation was written.
            migrationBuilder.Sql(@"UPDATE ""cantine_bookings"" SET ""RefundedAtUtc"" = ""CancelledAtUtc"" WHERE ""State"" = 'Cancelled';");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RefundedAtUtc",
                table: "cantine_bookings");
        }
    }
}
