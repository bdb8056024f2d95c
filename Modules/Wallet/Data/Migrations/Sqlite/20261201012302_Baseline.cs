using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Modules.Wallet.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Baseline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "wallet_accounts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FamilyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ScopeServiceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BalanceCents = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wallet_accounts", x => x.Id);
                    table.CheckConstraint("CK_wallet_accounts_balance_not_negative", "\"BalanceCents\" >= 0");
                });

            migrationBuilder.CreateTable(
                name: "wallet_top_ups",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FamilyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegieId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Cents = table.Column<long>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wallet_top_ups", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "wallet_ledger",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FamilyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ScopeServiceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Cents = table.Column<long>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SpendReference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    RegieId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ActorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wallet_ledger", x => x.Id);
                    table.ForeignKey(
                        name: "FK_wallet_ledger_wallet_accounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "wallet_accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_wallet_accounts_FamilyId_ScopeServiceId",
                table: "wallet_accounts",
                columns: new[] { "FamilyId", "ScopeServiceId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_wallet_ledger_AccountId",
                table: "wallet_ledger",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_wallet_ledger_FamilyId_CreatedAtUtc",
                table: "wallet_ledger",
                columns: new[] { "FamilyId", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_wallet_ledger_Kind_Reference_AccountId",
                table: "wallet_ledger",
                columns: new[] { "Kind", "Reference", "AccountId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_wallet_ledger_SpendReference",
                table: "wallet_ledger",
                column: "SpendReference");

            migrationBuilder.CreateIndex(
                name: "IX_wallet_top_ups_OrderId",
                table: "wallet_top_ups",
                column: "OrderId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "wallet_ledger");

            migrationBuilder.DropTable(
                name: "wallet_top_ups");

            migrationBuilder.DropTable(
                name: "wallet_accounts");
        }
    }
}
