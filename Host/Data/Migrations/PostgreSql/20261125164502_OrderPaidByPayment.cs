using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Host.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class OrderPaidByPayment : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "PaidByPaymentId",
                schema: "platform",
                table: "orders",
                type: "uuid",
                nullable: true);

            // Orders paid before this column existed: their paying payment, so none is taken for a second payment.
            migrationBuilder.Sql(@"UPDATE ""platform"".""orders"" o SET ""PaidByPaymentId"" = (SELECT p.""Id"" FROM ""platform"".""payments"" p WHERE p.""OrderId"" = o.""Id"" AND p.""State"" IN ('Succeeded', 'PartiallyRefunded', 'Refunded', 'Disputed', 'Reversed') AND NOT p.""LateSuccess"" ORDER BY p.""UpdatedAtUtc"" LIMIT 1) WHERE o.""State"" = 'Paid';");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PaidByPaymentId",
                schema: "platform",
                table: "orders");
        }
    }
}
