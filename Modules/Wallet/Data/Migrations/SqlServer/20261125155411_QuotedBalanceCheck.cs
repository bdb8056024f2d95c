using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Modules.Wallet.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class QuotedBalanceCheck : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "CK_wallet_accounts_balance_not_negative",
                schema: "wallet",
                table: "accounts");

            migrationBuilder.AddCheckConstraint(
                name: "CK_wallet_accounts_balance_not_negative",
                schema: "wallet",
                table: "accounts",
                sql: "\"BalanceCents\" >= 0");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "CK_wallet_accounts_balance_not_negative",
                schema: "wallet",
                table: "accounts");

            migrationBuilder.AddCheckConstraint(
                name: "CK_wallet_accounts_balance_not_negative",
                schema: "wallet",
                table: "accounts",
                sql: "BalanceCents >= 0");
        }
    }
}
