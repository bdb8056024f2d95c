using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Host.Data.Migrations.SqlServer
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
                type: "uniqueidentifier",
                nullable: true);

            // Orders paid before this column existed: their paying payment, so none is taken for a second payment.
            migrationBuilder.Sql(@"UPDATE o SET o.[PaidByPaymentId] = (SELECT TOP 1 p.[Id] FROM [platform].[payments] p WHERE p.[OrderId] = o.[Id] AND p.[State] IN ('Succeeded', 'PartiallyRefunded', 'Refunded', 'Disputed', 'Reversed') AND p.[LateSuccess] = 0 ORDER BY p.[UpdatedAtUtc]) FROM [platform].[orders] o WHERE o.[State] = 'Paid';");
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
