using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Modules.Wallet.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Baseline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "wallet");

            migrationBuilder.CreateTable(
                name: "accounts",
                schema: "wallet",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FamilyId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ScopeServiceId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    BalanceCents = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_accounts", x => x.Id);
                    table.CheckConstraint("CK_wallet_accounts_balance_not_negative", "\"BalanceCents\" >= 0");
                });

            migrationBuilder.CreateTable(
                name: "top_ups",
                schema: "wallet",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OrderId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FamilyId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RegieId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Cents = table.Column<long>(type: "bigint", nullable: false),
                    State = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_top_ups", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ledger",
                schema: "wallet",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AccountId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FamilyId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ScopeServiceId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    Cents = table.Column<long>(type: "bigint", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Reference = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    SpendReference = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    RegieId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ActorId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ledger", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ledger_accounts_AccountId",
                        column: x => x.AccountId,
                        principalSchema: "wallet",
                        principalTable: "accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_accounts_FamilyId_ScopeServiceId",
                schema: "wallet",
                table: "accounts",
                columns: new[] { "FamilyId", "ScopeServiceId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ledger_AccountId",
                schema: "wallet",
                table: "ledger",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_ledger_FamilyId_CreatedAtUtc",
                schema: "wallet",
                table: "ledger",
                columns: new[] { "FamilyId", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ledger_Kind_Reference_AccountId",
                schema: "wallet",
                table: "ledger",
                columns: new[] { "Kind", "Reference", "AccountId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ledger_SpendReference",
                schema: "wallet",
                table: "ledger",
                column: "SpendReference");

            migrationBuilder.CreateIndex(
                name: "IX_top_ups_OrderId",
                schema: "wallet",
                table: "top_ups",
                column: "OrderId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ledger",
                schema: "wallet");

            migrationBuilder.DropTable(
                name: "top_ups",
                schema: "wallet");

            migrationBuilder.DropTable(
                name: "accounts",
                schema: "wallet");
        }
    }
}
