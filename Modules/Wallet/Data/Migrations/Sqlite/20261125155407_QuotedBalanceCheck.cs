using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Modules.Wallet.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class QuotedBalanceCheck : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "CK_wallet_accounts_balance_not_negative",
                table: "wallet_accounts");

            migrationBuilder.AddCheckConstraint(
                name: "CK_wallet_accounts_balance_not_negative",
                table: "wallet_accounts",
                sql: "\"BalanceCents\" >= 0");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "CK_wallet_accounts_balance_not_negative",
                table: "wallet_accounts");

            migrationBuilder.AddCheckConstraint(
                name: "CK_wallet_accounts_balance_not_negative",
                table: "wallet_accounts",
                sql: "BalanceCents >= 0");
        }
    }
}
