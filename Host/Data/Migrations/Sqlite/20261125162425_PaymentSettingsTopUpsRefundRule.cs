using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Host.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PaymentSettingsTopUpsRefundRule : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "platform_orders",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "Booking");

            migrationBuilder.AddColumn<bool>(
                name: "RefundsToWallet",
                table: "platform_communes",
                type: "INTEGER",
                nullable: false,
                defaultValue: true);

            migrationBuilder.CreateTable(
                name: "platform_regie_provider_settings",
                columns: table => new
                {
                    RegieId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProviderId = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    ProtectedValues = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_regie_provider_settings", x => new { x.RegieId, x.ProviderId });
                    table.ForeignKey(
                        name: "FK_platform_regie_provider_settings_platform_regies_RegieId",
                        column: x => x.RegieId,
                        principalTable: "platform_regies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "platform_regie_provider_settings");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "platform_orders");

            migrationBuilder.DropColumn(
                name: "RefundsToWallet",
                table: "platform_communes");
        }
    }
}
