using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Modules.Cantine.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class CancelledMealRefunds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "RefundedAtUtc",
                schema: "cantine",
                table: "bookings",
                type: "datetime2",
                nullable: true);

            // Meals cancelled before this column were refunded before their cancellation was written.
            migrationBuilder.Sql(@"UPDATE [cantine].[bookings] SET [RefundedAtUtc] = [CancelledAtUtc] WHERE [State] = 'Cancelled';");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RefundedAtUtc",
                schema: "cantine",
                table: "bookings");
        }
    }
}
