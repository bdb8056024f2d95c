using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Host.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OrderPaidByPayment : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "PaidByPaymentId",
                table: "platform_orders",
                type: "TEXT",
                nullable: true);

            // Orders paid before this column existed: their paying payment, so none is taken for a second payment.
            migrationBuilder.Sql(@"UPDATE ""platform_orders"" SET ""PaidByPaymentId"" = (SELECT p.""Id"" FROM ""platform_payments"" p WHERE p.""OrderId"" = ""platform_orders"".""Id"" AND p.""State"" IN ('Succeeded', 'PartiallyRefunded', 'Refunded', 'Disputed', 'Reversed') AND p.""LateSuccess"" = 0 ORDER BY p.""UpdatedAtUtc"" LIMIT 1) WHERE ""State"" = 'Paid';");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PaidByPaymentId",
                table: "platform_orders");
        }
    }
}
