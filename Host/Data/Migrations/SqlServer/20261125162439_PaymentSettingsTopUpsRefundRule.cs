using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Host.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class PaymentSettingsTopUpsRefundRule : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Kind",
                schema: "platform",
                table: "orders",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "Booking");

            migrationBuilder.AddColumn<bool>(
                name: "RefundsToWallet",
                schema: "platform",
                table: "communes",
                type: "bit",
                nullable: false,
                defaultValue: true);

            migrationBuilder.CreateTable(
                name: "regie_provider_settings",
                schema: "platform",
                columns: table => new
                {
                    RegieId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ProviderId = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    ProtectedValues = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_regie_provider_settings", x => new { x.RegieId, x.ProviderId });
                    table.ForeignKey(
                        name: "FK_regie_provider_settings_regies_RegieId",
                        column: x => x.RegieId,
                        principalSchema: "platform",
                        principalTable: "regies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "regie_provider_settings",
                schema: "platform");

            migrationBuilder.DropColumn(
                name: "Kind",
                schema: "platform",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "RefundsToWallet",
                schema: "platform",
                table: "communes");
        }
    }
}
